package org.smartlibrary.kit.csv;

import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * Writes CSV as RFC 4180 has it, row by row onto a {@link Writer}: fields separated by commas, every row ended by
 * CR LF, a field quoted when it holds a comma, a double quote, CR or LF, and a double quote inside a quoted field
 * doubled. A {@code null} cell is empty; a {@link BigDecimal} is written in plain notation ({@code toPlainString}),
 * as are a {@link Double} and a {@link Float} (no exponent, no trailing zeros: {@code 0.0001}, {@code 1}; NaN and
 * infinities as Java writes them); every other value by its {@code toString}.
 * <p>
 * <b>Formula injection is neutralised</b>: a text cell (any value that is not a {@link Number}) whose first
 * character is {@code =}, {@code +}, {@code -}, {@code @}, TAB or CR, which a spreadsheet would read as the start of
 * a formula, is written with a single quote {@code '} before it. Numbers are never prefixed: {@code -5} given as a
 * number stays {@code -5}, the text {@code "-5"} becomes {@code '-5}.
 * <p>
 * The writer is not closed by this class; an {@link IOException} is rethrown as an {@link UncheckedIOException}.
 */
public final class CsvWriter implements Flushable {

    private static final String LINE_END = "\r\n";
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    /** Writes one row: the cells in order, then CR LF. */
    public CsvWriter row(List<?> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(field(cells.get(i)));
        }
        line.append(LINE_END);
        try {
            out.write(line.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Writes one row of these cells. */
    public CsvWriter row(Object... cells) {
        return row(Arrays.asList(cells));
    }

    @Override
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One cell as it appears in the file: its text, neutralised when it is text, quoted when it must be. */
    static String field(Object value) {
        String text = text(value);
        if (!(value instanceof Number) && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if ((value instanceof Double || value instanceof Float) && Double.isFinite(((Number) value).doubleValue())) {
            return new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }
}
