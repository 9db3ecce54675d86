package org.smartlibrary.partner.service.directory;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The JSON reading and writing of the HSDS format. The records are mapped by hand (HSDS field names are not the
 * records'), so this mapper only reads and writes trees: strict JSON (a member given twice in one object refuses the
 * document), numbers in condition values read as the service's mapper reads them, and no flush after each
 * organization written (the export's stream decides).
 */
final class HsdsJson {

    private HsdsJson() {
    }

    static ObjectMapper mapper() {
        return JsonMapper.builder()
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
                .build();
    }
}
