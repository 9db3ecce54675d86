package org.smartlibrary.partner.service.directory;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an HSDS organization holds that has no field in a directory record, kept as readable text for
 * {@code DirectoryPartner.source}: {@code hsds: legal_status=Nonprofit; phones[0].number=+1 206 555 0100; ...}, one
 * {@code path=value} per leaf, paths relative to the organization. Inside nested objects the HSDS row keys ({@code id}
 * and {@code *_id}, which only link the rows of the tabular form) are not kept; nulls, blank texts and empty arrays or
 * objects hold nothing and are not kept either.
 */
final class HsdsSourceNote {

    static final String PREFIX = "hsds: ";
    static final String SEPARATOR = "; ";

    private final List<String> entries = new ArrayList<>();

    /** Keeps a value (and everything inside it) under its path. */
    void keep(String path, JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return;
        }
        if (value.isObject()) {
            for (Map.Entry<String, JsonNode> member : value.properties()) {
                if (!isRowKey(member.getKey())) {
                    keep(member(path, member.getKey()), member.getValue());
                }
            }
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                keep(path + "[" + i + "]", value.get(i));
            }
        } else if (!value.isTextual() || !value.asText().isBlank()) {
            entries.add(path + "=" + value.asText());
        }
    }

    /** Keeps the members of an object other than the ones already mapped (and its row keys). */
    void keepOthers(String path, JsonNode object, Set<String> mapped) {
        for (Map.Entry<String, JsonNode> member : object.properties()) {
            if (!mapped.contains(member.getKey()) && !isRowKey(member.getKey())) {
                keep(member(path, member.getKey()), member.getValue());
            }
        }
    }

    /**
     * The record's source: the source note an earlier export wrote (may be null) followed by what this organization
     * holds beyond it; null when both are empty.
     */
    String sourceAfter(String earlierNote) {
        String kept = entries.isEmpty() ? null : PREFIX + String.join(SEPARATOR, entries);
        if (earlierNote == null) {
            return kept;
        }
        return kept == null ? earlierNote : earlierNote + SEPARATOR + kept;
    }

    /** The path of an object's member; the organization itself is the empty path. */
    static String member(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    static boolean isRowKey(String member) {
        return member.equals("id") || member.endsWith("_id");
    }
}
