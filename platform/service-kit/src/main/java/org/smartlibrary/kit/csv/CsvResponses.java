package org.smartlibrary.kit.csv;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The CSV form of a report, next to its JSON form on the same operation. The resource method produces both media
 * types ({@code @Produces({MediaType.APPLICATION_JSON, CsvResponses.MEDIA_TYPE})}), builds its JSON response as
 * before and hands it to {@link #negotiate}, which answers it as it is unless the {@code Accept} header prefers
 * {@value #MEDIA_TYPE} ({@link #prefersCsv}). Errors stay {@code application/problem+json} whatever the
 * {@code Accept} header (a 404 stays a 404, not a 406): the kit's problem responses name their media type
 * themselves, and the framework writes a response in the media type it names.
 */
public final class CsvResponses {

    /** The media type of the CSV form, for {@code @Produces} and the OpenAPI documents. */
    public static final String MEDIA_TYPE = "text/csv";

    /** The Content-Type of a CSV response. */
    public static final String CONTENT_TYPE = MEDIA_TYPE + ";charset=UTF-8";

    /** Describes the Content-Disposition header of a CSV response in the OpenAPI documents. */
    public static final String CONTENT_DISPOSITION_DESCRIPTION = "CSV form only: attachment; filename=\"<name>.csv\"";

    private static final MediaRange JSON = new MediaRange("application", "json");
    private static final MediaRange CSV = new MediaRange("text", "csv");

    private CsvResponses() {
    }

    /**
     * The CSV form of the report when the request's {@code Accept} header prefers it, otherwise {@code json} as it
     * is, as {@code application/json}. The CSV form keeps the JSON response's status and headers (the {@code Link}
     * of a page, say) but not its {@code ETag}, which names the JSON representation; it is an attachment named
     * {@code fileName} (characters other than letters, digits, dot, dash and underscore become a dash). Both carry
     * {@code Vary: Accept}. The table is only computed for the CSV form.
     */
    public static Response negotiate(HttpHeaders headers, Response json, String fileName, Supplier<CsvTable> csv) {
        if (!prefersCsv(headers.getRequestHeader(HttpHeaders.ACCEPT))) {
            return Response.fromResponse(json).type(MediaType.APPLICATION_JSON_TYPE)
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
        }
        CsvTable table = csv.get();
        StreamingOutput body = output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            table.writeTo(writer);
        };
        return Response.fromResponse(json).tag((EntityTag) null).entity(body).type(CONTENT_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + safeFileName(fileName) + "\"")
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }

    /**
     * Whether these {@code Accept} header values prefer {@value #MEDIA_TYPE} to {@code application/json}: CSV's
     * quality is higher, or equal and given by a more specific range ({@code text/csv} or {@code text/*} against a
     * range of any type). JSON, the default, wins every other case: no header, any type, and
     * {@code application/json, text/csv}.
     */
    public static boolean prefersCsv(List<String> accept) {
        if (accept == null || accept.isEmpty()) {
            return false;
        }
        Preference csv = Preference.NONE;
        Preference json = Preference.NONE;
        for (String value : accept) {
            for (String element : value.split(",")) {
                MediaRange.Weighted range = MediaRange.parse(element);
                if (range == null) {
                    continue;
                }
                csv = csv.orBetter(range, CSV);
                json = json.orBetter(range, JSON);
            }
        }
        if (csv.quality() <= 0) {
            return false;
        }
        return csv.quality() > json.quality()
                || csv.quality() == json.quality() && csv.specificity() > json.specificity();
    }

    static String safeFileName(String fileName) {
        return fileName.replaceAll("[^A-Za-z0-9._-]", "-");
    }

    /**
     * How an Accept header rates one media type: the quality of the most specific range that matches it (RFC 9110,
     * 12.5.1), and how specific that range is: 2 for type/subtype, 1 for type/*, 0 for any type, -1 when none
     * matches.
     */
    private record Preference(double quality, int specificity) {
        static final Preference NONE = new Preference(0, -1);

        Preference orBetter(MediaRange.Weighted range, MediaRange type) {
            int matched = range.range().specificityFor(type);
            return matched > specificity ? new Preference(range.quality(), matched) : this;
        }
    }

    /** A media range of an Accept header, lower case, without parameters. */
    private record MediaRange(String type, String subtype) {

        record Weighted(MediaRange range, double quality) {
        }

        /** One element of an Accept header, or null when it is not a media range. */
        static Weighted parse(String element) {
            String[] parts = element.split(";");
            String[] name = parts[0].trim().toLowerCase(Locale.ROOT).split("/", -1);
            if (name.length != 2 || name[0].isEmpty() || name[1].isEmpty()) {
                return null;
            }
            double quality = 1;
            for (int i = 1; i < parts.length; i++) {
                String[] parameter = parts[i].trim().split("=", 2);
                if (parameter.length == 2 && parameter[0].trim().equalsIgnoreCase("q")) {
                    try {
                        quality = Double.parseDouble(parameter[1].trim());
                    } catch (NumberFormatException malformed) {
                        return null;
                    }
                }
            }
            return new Weighted(new MediaRange(name[0].trim(), name[1].trim()), quality);
        }

        /** How specifically this range names {@code type}: 2, 1 or 0, or -1 when it does not match it. */
        int specificityFor(MediaRange type) {
            if (type().equals("*") && subtype().equals("*")) {
                return 0;
            }
            if (!type().equals(type.type())) {
                return -1;
            }
            if (subtype().equals("*")) {
                return 1;
            }
            return subtype().equals(type.subtype()) ? 2 : -1;
        }
    }
}
