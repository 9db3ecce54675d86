package org.smartlibrary.partner.service.directory;

import org.smartlibrary.partner.api.DirectoryPartner;

import java.io.IOException;

/** Writes directory records one at a time to a stream (an export), in memory that does not grow with the directory. */
public interface DirectoryWriter {

    /** Writes whatever comes before the first record (a header row, an opening bracket). */
    void start() throws IOException;

    void write(DirectoryPartner partner) throws IOException;

    /** Writes whatever closes the file and flushes; does not close the underlying stream. */
    void finish() throws IOException;
}
