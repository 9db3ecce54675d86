package org.smartlibrary.partner.service.directory;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;

/**
 * Reads the records of a directory file one at a time, in memory that does not grow with the file. A record that
 * cannot be read is returned as a row with errors and reading goes on; a file that is not of the reader's format
 * throws {@link MalformedDirectoryFile}.
 */
public interface DirectoryReader extends Closeable {

    /** The next record, or empty at the end of the file. */
    Optional<ImportRow> next() throws IOException;
}
