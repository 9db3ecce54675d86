package org.smartlibrary.partner.service.directory;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The records of an RFC 4180 CSV file (comma separated, fields optionally in double quotes, a quote inside a quoted
 * field doubled, a quoted field may span lines), read one at a time over {@link Utf8Lines}. Empty lines are skipped;
 * a line that cannot be decoded ends its record, and the next record starts on the next line.
 */
public final class CsvRecords {

    /**
     * One record: the line it starts on, its cells, or why it cannot be read (cells null); {@code unclosed} when a
     * quoted field runs to the end of the file, which makes the whole file unreadable.
     */
    public record CsvRecord(long line, List<String> cells, String problem, boolean unclosed) {

        CsvRecord(long line, List<String> cells, String problem) {
            this(line, cells, problem, false);
        }

        public boolean readable() {
            return cells != null;
        }
    }

    private final Utf8Lines lines;

    public CsvRecords(InputStream in, int maxLineBytes) {
        this.lines = new Utf8Lines(in, maxLineBytes);
    }

    public Optional<CsvRecord> next() throws IOException {
        Optional<Utf8Lines.Line> first = lines.next();
        while (first.isPresent() && first.get().readable() && first.get().text().isEmpty()) {
            first = lines.next();
        }
        if (first.isEmpty()) {
            return Optional.empty();
        }
        Utf8Lines.Line line = first.get();
        long start = line.number();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;      // inside a quoted field
        boolean afterQuote = false;  // a quoted field just closed: only a comma or the end may follow
        while (true) {
            if (!line.readable()) {
                return Optional.of(new CsvRecord(start, null, "line " + line.number() + ": " + line.problem()));
            }
            String text = line.text();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                            cell.append('"');
                            i++;
                        } else {
                            quoted = false;
                            afterQuote = true;
                        }
                    } else {
                        cell.append(c);
                    }
                } else if (c == ',') {
                    cells.add(cell.toString());
                    cell.setLength(0);
                    afterQuote = false;
                } else if (afterQuote) {
                    return Optional.of(new CsvRecord(start, null, "line " + line.number() + ": text after a closing "
                            + "quote (a quote inside a quoted field is written twice: \"\")"));
                } else if (c == '"' && cell.isEmpty()) {
                    quoted = true;
                } else if (c == '"') {
                    return Optional.of(new CsvRecord(start, null, "line " + line.number() + ": a quote inside an "
                            + "unquoted field (quote the whole field and write the quote twice)"));
                } else {
                    cell.append(c);
                }
            }
            if (!quoted) {
                cells.add(cell.toString());
                return Optional.of(new CsvRecord(start, cells, null));
            }
            Optional<Utf8Lines.Line> next = lines.next();
            if (next.isEmpty()) {
                return Optional.of(new CsvRecord(start, null, "the quoted field opened on line " + start
                        + " is never closed", true));
            }
            cell.append('\n'); // a line break inside a quoted field is kept as LF
            line = next.get();
        }
    }
}
