package org.smartlibrary.kit.csv;

import java.io.Writer;
import java.util.List;

/**
 * A report as a CSV table: the header row, always written (also when there are no rows), and the rows, each with
 * as many cells as the header names.
 *
 * @param header the column names
 * @param rows   the rows, cells in the order of the header
 */
public record CsvTable(List<String> header, List<? extends List<?>> rows) {

    public CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        for (List<?> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("a row has " + row.size() + " cells, the header " + header.size());
            }
        }
    }

    /** Writes the header and the rows, then flushes. */
    public void writeTo(Writer out) {
        CsvWriter csv = new CsvWriter(out);
        csv.row(header);
        rows.forEach(csv::row);
        csv.flush();
    }
}
