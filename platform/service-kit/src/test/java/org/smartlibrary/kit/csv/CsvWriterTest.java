package org.smartlibrary.kit.csv;

import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** RFC 4180 output and formula neutralisation, written out byte for byte as a spreadsheet would read them. */
class CsvWriterTest {

    private static String written(List<?>... rows) {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);
        for (List<?> row : rows) {
            csv.row(row);
        }
        csv.flush();
        return out.toString();
    }

    @Test
    void fieldsAreSeparatedByCommasAndEveryRowEndsWithCrLf() {
        assertEquals("a,b,c\r\n1,2,3\r\n", written(List.of("a", "b", "c"), List.of("1", "2", "3")));
    }

    @Test
    void theVarargsFormWritesTheSameRow() {
        StringWriter out = new StringWriter();
        new CsvWriter(out).row("a", 1, null).row().flush();
        assertEquals("a,1,\r\n\r\n", out.toString());
    }

    @Test
    void aFieldWithACommaQuoteCrOrLfIsQuotedAndItsQuotesDoubled() {
        assertEquals("\"Cascade, Inc.\",\"the \"\"makers\"\"\",\"line 1\nline 2\",\"cr\rhere\","
                        + "\"crlf\r\nhere\",\"\"\"\"\r\n",
                written(List.of("Cascade, Inc.", "the \"makers\"", "line 1\nline 2", "cr\rhere", "crlf\r\nhere", "\"")));
    }

    @Test
    void otherTextIsWrittenAsItIsIncludingUnicode() {
        assertEquals("Bibliothèque Saint-Laurent,図書館,🙂 ok,it's, padded \r\n",
                written(List.of("Bibliothèque Saint-Laurent", "図書館", "🙂 ok", "it's", " padded ")));
    }

    @Test
    void nullIsAnEmptyCell() {
        assertEquals(",x,\r\n", written(Arrays.asList(null, "x", null)));
    }

    @Test
    void everyFormulaStartInTextIsNeutralisedWithASingleQuote() {
        assertEquals("'=SUM(A1:A9)\r\n", written(List.of("=SUM(A1:A9)")));
        assertEquals("'+1 555 0100\r\n", written(List.of("+1 555 0100")));
        assertEquals("'-5\r\n", written(List.of("-5")));
        assertEquals("'@SUM(1)\r\n", written(List.of("@SUM(1)")));
        assertEquals("'\t=1\r\n", written(List.of("\t=1")));
        assertEquals("\"'\r=1\"\r\n", written(List.of("\r=1")));
    }

    @Test
    void aNeutralisedFieldIsStillQuotedWhenItMustBe() {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\"\r\n",
                written(List.of("=HYPERLINK(\"http://x\",\"click\")")));
    }

    @Test
    void aFormulaCharacterAfterTheFirstIsLeftAlone() {
        assertEquals("a=b,x-1, =1,'=1\r\n", written(List.of("a=b", "x-1", " =1", "'=1")));
    }

    @Test
    void numbersAreNeverNeutralisedAndDecimalsAreWrittenPlain() {
        assertEquals("-5,-2.5,-1000,45000.50,7\r\n",
                written(List.of(-5, -2.5, new BigDecimal("-1E+3"), new BigDecimal("45000.50"), 7L)));
        assertEquals("0.0001,1,0.1612,15000000000,0\r\n", written(List.of(0.0001, 1.0, 0.1612, 1.5e10, -0.0f)));
        assertEquals("NaN,-Infinity\r\n", written(List.of(Double.NaN, Double.NEGATIVE_INFINITY)));
    }

    @Test
    void otherValuesAreWrittenByToString() {
        UUID id = UUID.fromString("6f1c2a4e-8d3b-4c5a-9e7f-0a1b2c3d4e5f");
        assertEquals(id + ",true,NEW\r\n", written(List.of(id, true, Thread.State.NEW)));
    }

    @Test
    void aTableWritesItsHeaderAlsoWithoutRows() {
        StringWriter out = new StringWriter();
        new CsvTable(List.of("category", "total"), List.of()).writeTo(out);
        assertEquals("category,total\r\n", out.toString());

        StringWriter full = new StringWriter();
        new CsvTable(List.of("category", "total"), List.of(List.of("HUMAN", 3), Arrays.asList("=X", null)))
                .writeTo(full);
        assertEquals("category,total\r\nHUMAN,3\r\n'=X,\r\n", full.toString());
    }

    @Test
    void aTableRefusesARowThatDoesNotFitItsHeader() {
        assertThrows(IllegalArgumentException.class,
                () -> new CsvTable(List.of("a", "b"), List.of(List.of("only one"))));
    }
}
