package org.smartlibrary.partner.service.directory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import org.smartlibrary.partner.api.DirectoryPartner;

import java.io.IOException;
import java.io.OutputStream;

/** NDJSON: one partner per line ({@link DirectoryPartner}), LF line ends, UTF-8. */
public final class NdjsonDirectoryWriter implements DirectoryWriter {

    private final OutputStream out;
    private final ObjectWriter writer;

    public NdjsonDirectoryWriter(OutputStream out, ObjectMapper mapper) {
        this.out = out;
        this.writer = mapper.writerFor(DirectoryPartner.class);
    }

    @Override
    public void start() {
    }

    @Override
    public void write(DirectoryPartner partner) throws IOException {
        out.write(writer.writeValueAsBytes(partner));
        out.write('\n');
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }
}
