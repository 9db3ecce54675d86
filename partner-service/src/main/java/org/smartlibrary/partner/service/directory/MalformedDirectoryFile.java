package org.smartlibrary.partner.service.directory;

/** The file is not of the format it claims (not NDJSON, CSV or HSDS JSON, a wrong header): refused as a whole. */
public class MalformedDirectoryFile extends RuntimeException {

    public MalformedDirectoryFile(String message) {
        super(message);
    }
}
