package org.smartlibrary.partner.service.directory;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.smartlibrary.contracts.taxonomy.Taxonomy;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The three file formats of the directory, chosen by media type: NDJSON ({@code application/x-ndjson}, the API's
 * own records, one partner per line), CSV ({@code text/csv}, one offering per row) and HSDS ({@code application/json},
 * Open Referral organizations with their services). All are UTF-8.
 */
public enum DirectoryFormat {

    NDJSON("application/x-ndjson"),
    CSV("text/csv"),
    HSDS("application/json");

    private final String mediaType;

    DirectoryFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format of a media type such as {@code text/csv; charset=utf-8} (parameters are ignored). */
    public static Optional<DirectoryFormat> ofMediaType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(type)).findFirst();
    }

    /** A reader of a file of this format (HSDS maps its terms with the taxonomy). */
    public DirectoryReader reader(InputStream in, ObjectMapper mapper, Taxonomy taxonomy) throws IOException {
        return switch (this) {
            case NDJSON -> new NdjsonDirectoryReader(in, mapper);
            case CSV -> new CsvDirectoryReader(in, mapper);
            case HSDS -> new HsdsDirectoryReader(in, taxonomy);
        };
    }

    public DirectoryWriter writer(OutputStream out, ObjectMapper mapper) throws IOException {
        return switch (this) {
            case NDJSON -> new NdjsonDirectoryWriter(out, mapper);
            case CSV -> new CsvDirectoryWriter(out, mapper);
            case HSDS -> new HsdsDirectoryWriter(out);
        };
    }

    /**
     * Checks that a whole file is of this format before anything of it is imported, and refuses it with
     * {@link MalformedDirectoryFile} when it is not: not UTF-8 (a UTF-16 or UTF-32 file), no record at all, NDJSON
     * whose first record is not a JSON object, CSV with a wrong header or a quoted field that never closes, HSDS
     * that is not the expected JSON document. What is wrong with single records is left to the rows.
     */
    public void check(Path file, Taxonomy taxonomy) throws IOException {
        checkEncodingAndContent(file);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            switch (this) {
                case NDJSON -> checkNdjson(in);
                case CSV -> checkCsv(in);
                case HSDS -> checkHsds(in, taxonomy);
            }
        }
    }

    private static void checkEncodingAndContent(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            byte[] start = in.readNBytes(4);
            if (start.length >= 2 && ((start[0] == (byte) 0xFE && start[1] == (byte) 0xFF)
                    || (start[0] == (byte) 0xFF && start[1] == (byte) 0xFE))
                    || start.length >= 2 && (start[0] == 0 || start[1] == 0)) {
                throw new MalformedDirectoryFile("the file is not UTF-8 (it looks like UTF-16 or UTF-32): save it "
                        + "as UTF-8");
            }
            boolean content = hasVisibleByte(start, start.length);
            byte[] buffer = new byte[64 * 1024];
            int read;
            while (!content && (read = in.read(buffer)) > 0) {
                content = hasVisibleByte(buffer, read);
            }
            if (!content) {
                throw new MalformedDirectoryFile("the file holds no records (it is empty or only blank lines)");
            }
        }
    }

    private static boolean hasVisibleByte(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            byte b = bytes[i];
            boolean bom = (b & 0xFF) == 0xEF || (b & 0xFF) == 0xBB || (b & 0xFF) == 0xBF;
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && !bom) {
                return true;
            }
        }
        return false;
    }

    private static void checkNdjson(InputStream in) throws IOException {
        Utf8Lines lines = new Utf8Lines(in, NdjsonDirectoryReader.MAX_LINE_BYTES);
        Optional<Utf8Lines.Line> line;
        while ((line = lines.next()).isPresent()) {
            Utf8Lines.Line first = line.get();
            if (first.blank()) {
                continue;
            }
            if (first.readable() && !first.text().strip().startsWith("{")) {
                throw new MalformedDirectoryFile("not NDJSON: line " + first.number() + " does not start with '{'; "
                        + "NDJSON holds one JSON object (a partner) per line, not a JSON array or other text");
            }
            return;
        }
    }

    private static void checkCsv(InputStream in) throws IOException {
        CsvRecords records = new CsvRecords(in, NdjsonDirectoryReader.MAX_LINE_BYTES);
        CsvRecords.CsvRecord header = records.next()
                .orElseThrow(() -> new MalformedDirectoryFile("the CSV file is empty: it needs a header row"));
        if (!header.readable()) {
            throw new MalformedDirectoryFile("the CSV header cannot be read: " + header.problem());
        }
        CsvDirectoryColumns.checkHeader(header.cells().stream().map(String::trim).toList());
        boolean rows = false;
        Optional<CsvRecords.CsvRecord> record;
        while ((record = records.next()).isPresent()) {
            rows = true;
            if (record.get().unclosed()) {
                throw new MalformedDirectoryFile("the CSV file is malformed: " + record.get().problem());
            }
        }
        if (!rows) {
            throw new MalformedDirectoryFile("the CSV file has a header and no rows");
        }
    }

    private static void checkHsds(InputStream in, Taxonomy taxonomy) throws IOException {
        try (DirectoryReader reader = new HsdsDirectoryReader(in, taxonomy)) {
            while (reader.next().isPresent()) {
                // the reader refuses a document of the wrong shape; single organizations are left to the rows
            }
        }
    }
}
