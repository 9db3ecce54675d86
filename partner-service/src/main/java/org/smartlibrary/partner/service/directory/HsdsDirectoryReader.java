package org.smartlibrary.partner.service.directory;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.smartlibrary.contracts.taxonomy.Taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Set;

/**
 * Open Referral HSDS 3.0 JSON: one document holding organizations with their nested services (the "full"
 * organization of the HSDS API), in one of three shapes:
 * <ul>
 * <li>{@code {"organizations": [ organization, ... ]}} — what {@link HsdsDirectoryWriter} writes;</li>
 * <li>an HSDS API page, {@code {"contents": [ organization, ... ], "total_items": ..., ...}} (the page members are
 * ignored);</li>
 * <li>a bare array {@code [ organization, ... ]}.</li>
 * </ul>
 * The document is read as a stream, one organization at a time (memory holds one organization, whatever the number
 * of organizations). Each organization becomes one row ({@link HsdsOrganizationReader}); its line is the line where the
 * organization's object starts. A document that is not JSON, or not of one of these shapes, is refused as a whole
 * ({@link MalformedDirectoryFile}); an element that is not an object, or an organization that cannot be read, is a row
 * error and reading goes on. After a refusal the reader returns nothing more.
 */
public final class HsdsDirectoryReader implements DirectoryReader {

    /** The members of an HSDS API page besides its contents. */
    private static final Set<String> PAGE_MEMBERS = Set.of("total_items", "total_pages", "page_number", "size",
            "first_page", "last_page", "empty");
    private static final String ORGANIZATIONS = "organizations";
    private static final String PAGE_CONTENTS = "contents";
    private static final String EXPECTED = "expected an HSDS JSON document: {\"organizations\": [ organization, ... ]}, "
            + "an HSDS API page {\"contents\": [ organization, ... ]} or an array [ organization, ... ]";

    private final InputStream in;
    private final JsonParser parser;
    private final ObjectMapper json;
    private final HsdsOrganizationReader organizations;
    /** The path of the organizations array in the document ("organizations", "contents" or "" for a bare array). */
    private String arrayPath;
    private boolean finished;
    private int index;

    /**
     * @param in       the document (UTF-8 JSON); closed by {@link #close()}
     * @param taxonomy the codes our attributes are checked against
     */
    public HsdsDirectoryReader(InputStream in, Taxonomy taxonomy) throws IOException {
        this.in = in;
        this.json = HsdsJson.mapper();
        this.parser = json.getFactory().createParser(in);
        this.organizations = new HsdsOrganizationReader(taxonomy, json);
    }

    @Override
    public Optional<ImportRow> next() throws IOException {
        if (finished) {
            return Optional.empty();
        }
        try {
            if (arrayPath == null) {
                openArray();
            }
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_ARRAY) {
                closeDocument();
                finished = true;
                return Optional.empty();
            }
            if (token == null) {
                throw malformed("the document ends inside the organizations array");
            }
            long line = parser.currentTokenLocation().getLineNr();
            String path = arrayPath + "[" + index++ + "]";
            JsonNode organization = json.readTree(parser);
            return Optional.of(organizations.read(organization, path, line));
        } catch (MalformedDirectoryFile e) {
            finished = true;
            throw e;
        } catch (JsonProcessingException e) {
            finished = true;
            JsonLocation location = e.getLocation();
            throw new MalformedDirectoryFile("the HSDS document is not valid JSON"
                    + (location == null ? "" : " at line " + location.getLineNr() + ", column "
                    + location.getColumnNr()) + ": " + e.getOriginalMessage() + "; " + EXPECTED);
        }
    }

    /** Moves to the start of the organizations array. */
    private void openArray() throws IOException {
        JsonToken first = parser.nextToken();
        if (first == JsonToken.START_ARRAY) {
            arrayPath = "";
            return;
        }
        if (first != JsonToken.START_OBJECT) {
            throw malformed(first == null ? "the document is empty" : "the document starts with " + describe(first));
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String member = parser.currentName();
            JsonToken value = parser.nextToken();
            if (member.equals(ORGANIZATIONS) || member.equals(PAGE_CONTENTS)) {
                if (value != JsonToken.START_ARRAY) {
                    throw malformed("\"" + member + "\" holds " + describe(value) + ", not an array of organizations");
                }
                arrayPath = member;
                return;
            }
            skipPageMember(member);
        }
        throw malformed("the document has no \"organizations\" array");
    }

    /** Reads what follows the organizations array up to the end of the document. */
    private void closeDocument() throws IOException {
        if (!arrayPath.isEmpty()) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String member = parser.currentName();
                parser.nextToken();
                if (member.equals(ORGANIZATIONS) || member.equals(PAGE_CONTENTS)) {
                    throw malformed("the document has a second organizations array, \"" + member + "\"");
                }
                skipPageMember(member);
            }
        }
        JsonToken after = parser.nextToken();
        if (after != null) {
            throw malformed("the document goes on after its end, at line "
                    + parser.currentTokenLocation().getLineNr());
        }
    }

    private void skipPageMember(String member) throws IOException {
        if (!PAGE_MEMBERS.contains(member)) {
            throw malformed("the document has a member \"" + member + "\"; besides the organizations array only the "
                    + "members of an HSDS API page are allowed " + PAGE_MEMBERS);
        }
        parser.skipChildren();
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.toString();
        };
    }

    private static MalformedDirectoryFile malformed(String what) {
        return new MalformedDirectoryFile(what + "; " + EXPECTED);
    }

    @Override
    public void close() throws IOException {
        parser.close();
        in.close();
    }
}
