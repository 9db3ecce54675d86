package org.smartlibrary.partner.service.directory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import org.smartlibrary.kit.problem.ProblemMappers;
import org.smartlibrary.partner.api.DirectoryPartner;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * NDJSON: one partner per line, written with the API's field names ({@link DirectoryPartner}); blank lines are
 * skipped. A line that is not valid UTF-8, not JSON, or not a partner is a row error naming the line and the field.
 */
public final class NdjsonDirectoryReader implements DirectoryReader {

    /** The longest line read: a partner with 100 offerings of long descriptions fits well. */
    public static final int MAX_LINE_BYTES = 4 * 1024 * 1024;

    private final Utf8Lines lines;
    private final ObjectReader reader;
    private final InputStream in;

    public NdjsonDirectoryReader(InputStream in, ObjectMapper mapper) {
        this.in = in;
        this.lines = new Utf8Lines(in, MAX_LINE_BYTES);
        this.reader = mapper.readerFor(DirectoryPartner.class);
    }

    @Override
    public Optional<ImportRow> next() throws IOException {
        while (true) {
            Optional<Utf8Lines.Line> next = lines.next();
            if (next.isEmpty()) {
                return Optional.empty();
            }
            Utf8Lines.Line line = next.get();
            if (!line.readable()) {
                return Optional.of(ImportRow.unreadable(line.number(), "line", line.problem()));
            }
            if (line.blank()) {
                continue;
            }
            try {
                DirectoryPartner partner = reader.readValue(line.text());
                if (partner == null) {
                    return Optional.of(ImportRow.unreadable(line.number(), "line", "must be a JSON object, not null"));
                }
                return Optional.of(ImportRow.of(line.number(), partner));
            } catch (JsonProcessingException e) {
                return Optional.of(new ImportRow(line.number(), null,
                        ProblemMappers.unreadable(e).fieldErrors("line")));
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
