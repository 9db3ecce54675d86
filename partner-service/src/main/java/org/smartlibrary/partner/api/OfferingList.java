package org.smartlibrary.partner.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** All offerings of one partner (bounded by slp.partner.max-offerings-per-partner, so there is one page). */
@Schema(name = "OfferingList")
public record OfferingList(List<OfferingView> items) {
}
