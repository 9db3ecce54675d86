package org.smartlibrary.partner.service.directory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The lines of a UTF-8 text file, one at a time: a line ends at LF or CRLF (both may occur in one file), a UTF-8
 * byte order mark at the start is skipped, and a line that is not valid UTF-8 is returned as such (with its number)
 * instead of being decoded with replacement characters. Memory holds one line; a line longer than the limit is
 * returned as too long and skipped to its end.
 */
public final class Utf8Lines {

    /** One line: its number (1-based) and its text, or the reason it cannot be read (text null). */
    public record Line(long number, String text, String problem) {

        public boolean readable() {
            return text != null;
        }

        public boolean blank() {
            return text != null && text.isBlank();
        }
    }

    private final InputStream in;
    private final int maxLineBytes;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private long number;
    private boolean first = true;

    public Utf8Lines(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or empty at the end of the input. */
    public Optional<Line> next() throws IOException {
        line.reset();
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!any) {
                        return Optional.empty();
                    }
                    return Optional.of(finish(tooLong));
                }
            }
            any = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            int length = position - start;
            if (!tooLong) {
                if (line.size() + length > maxLineBytes) {
                    tooLong = true;
                } else {
                    line.write(buffer, start, length);
                }
            }
            if (position < limit) { // at the LF
                position++;
                return Optional.of(finish(tooLong));
            }
        }
    }

    private Line finish(boolean tooLong) {
        number++;
        if (tooLong) {
            return new Line(number, null, "line is longer than " + maxLineBytes + " bytes");
        }
        byte[] bytes = line.toByteArray();
        int from = 0;
        int to = bytes.length;
        if (first && to >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            from = 3;
        }
        first = false;
        if (to > from && bytes[to - 1] == '\r') {
            to--;
        }
        try {
            return new Line(number, decoder.decode(ByteBuffer.wrap(bytes, from, to - from)).toString(), null);
        } catch (CharacterCodingException e) {
            return new Line(number, null, "line is not valid UTF-8 (save the file as UTF-8)");
        }
    }
}
