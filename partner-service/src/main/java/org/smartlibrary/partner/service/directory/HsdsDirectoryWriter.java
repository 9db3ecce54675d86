package org.smartlibrary.partner.service.directory;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.smartlibrary.partner.api.DirectoryPartner;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Open Referral HSDS 3.0 JSON, UTF-8: {@code {"organizations":[ ... ]}} with one organization (and its services) per
 * line, so an organization's line is its place + 2. Written as a stream: memory holds one organization.
 * {@link HsdsDirectoryReader} reads it back to the same records (partner-service/docs/hsds-mapping.md).
 */
public final class HsdsDirectoryWriter implements DirectoryWriter {

    private final ObjectMapper json = HsdsJson.mapper();
    private final HsdsOrganizationWriter organizations = new HsdsOrganizationWriter(json);
    private final JsonGenerator generator;
    private long written;

    public HsdsDirectoryWriter(OutputStream out) throws IOException {
        generator = json.getFactory().createGenerator(out, JsonEncoding.UTF8);
        generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        generator.setPrettyPrinter(new OrganizationPerLine());
    }

    @Override
    public void start() throws IOException {
        generator.writeStartObject();
        generator.writeFieldName("organizations");
        generator.writeStartArray();
    }

    @Override
    public void write(DirectoryPartner partner) throws IOException {
        json.writeTree(generator, organizations.organization(partner, written++));
    }

    @Override
    public void finish() throws IOException {
        generator.writeEndArray();
        generator.writeEndObject();
        generator.writeRaw('\n');
        generator.flush();
    }

    /** Compact JSON, with a line break before each element of the organizations array and before its end. */
    private static final class OrganizationPerLine extends MinimalPrettyPrinter {

        @Override
        public void beforeArrayValues(JsonGenerator generator) throws IOException {
            if (isOrganizations(generator.getOutputContext())) {
                generator.writeRaw('\n');
            }
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator generator) throws IOException {
            generator.writeRaw(',');
            if (isOrganizations(generator.getOutputContext())) {
                generator.writeRaw('\n');
            }
        }

        @Override
        public void writeEndArray(JsonGenerator generator, int values) throws IOException {
            if (values > 0 && isOrganizations(generator.getOutputContext())) {
                generator.writeRaw('\n');
            }
            generator.writeRaw(']');
        }

        /** The array directly in the document's object. */
        private static boolean isOrganizations(JsonStreamContext context) {
            JsonStreamContext parent = context.getParent();
            return context.inArray() && parent != null && parent.inObject() && parent.getParent() != null
                    && parent.getParent().inRoot();
        }
    }
}
