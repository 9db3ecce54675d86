package org.smartlibrary.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV text strictly as RFC 4180 has it, the way the tests expect the services to write it: every row ended by
 * CR LF, fields separated by commas, a field with a comma, quote, CR or LF quoted and its quotes doubled. Anything
 * else (a bare LF, a quote inside an unquoted field, text after a closing quote) fails the test.
 */
public final class CsvText {

    private CsvText() {
    }

    /** The rows of the text, each a list of its fields' values (unquoted). */
    public static List<List<String>> rows(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            StringBuilder field = new StringBuilder();
            if (text.charAt(at) == '"') {
                at++;
                while (true) {
                    require(at < text.length(), "a quoted field is not closed", text);
                    char c = text.charAt(at++);
                    if (c != '"') {
                        field.append(c);
                    } else if (at < text.length() && text.charAt(at) == '"') {
                        field.append('"');
                        at++;
                    } else {
                        break;
                    }
                }
            } else {
                while (at < text.length() && text.charAt(at) != ',' && text.charAt(at) != '\r') {
                    char c = text.charAt(at++);
                    require(c != '"' && c != '\n', "an unquoted field holds a quote or a bare LF", text);
                    field.append(c);
                }
            }
            row.add(field.toString());
            require(at < text.length(), "the last row is not ended by CR LF", text);
            if (text.charAt(at) == ',') {
                at++;
            } else {
                require(text.startsWith("\r\n", at), "a field is followed by neither a comma nor CR LF", text);
                at += 2;
                rows.add(row);
                row = new ArrayList<>();
            }
        }
        return rows;
    }

    private static void require(boolean condition, String problem, String text) {
        if (!condition) {
            throw new AssertionError("not RFC 4180 CSV: " + problem + " in:\n" + text.replace("\r", "\\r"));
        }
    }
}
