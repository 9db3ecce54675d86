package org.smartlibrary.partner.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.smartlibrary.kit.openapi.TaxonomySchemas;

/**
 * Items of lists of taxonomy codes in the OpenAPI document. An {@code @Schema} cannot be put on a type argument
 * ({@code List<String>}), so a list names one of these as its {@code implementation}; each refers to the taxonomy
 * schema the service kit registers (an alias of it in the document).
 */
public final class TaxonomyCodes {

    /** An item of a list of taxonomy library_offers codes. */
    @Schema(ref = TaxonomySchemas.LIBRARY_OFFER)
    public interface LibraryOfferCode {
    }

    private TaxonomyCodes() {
    }
}
