package org.smartlibrary.partner.service.directory;

import java.util.Map;
import java.util.Optional;

/**
 * The two HSDS service properties that an offering fills from its own fields: {@code status} (HSDS's four values
 * and the four offering statuses, one to one) and {@code name} (HSDS requires one; an offering has none, so an export
 * writes the offering's type code, and an import skips a name that is just that).
 */
final class HsdsServiceFields {

    /** Offering status → HSDS service status; the reverse reads the same table. */
    private static final Map<String, String> STATUSES = Map.of(
            "ACTIVE", "active",
            "PAUSED", "temporarily closed",
            "EXPIRED", "inactive",
            "WITHDRAWN", "defunct");

    /** The HSDS status of an offering without one (an offering's absent status means ACTIVE). */
    static final String DEFAULT_STATUS = "active";

    /** The name of a service whose offering has no type. */
    static final String NAME_WITHOUT_TYPE = "Offering";

    private HsdsServiceFields() {
    }

    /** The HSDS status of an offering status; a code outside the table is written as it is. */
    static String hsdsStatus(String offeringStatus) {
        return offeringStatus == null ? DEFAULT_STATUS : STATUSES.getOrDefault(offeringStatus, offeringStatus);
    }

    /** The offering status of an HSDS status, or empty when it is none of HSDS's four. */
    static Optional<String> offeringStatus(String hsdsStatus) {
        return STATUSES.entrySet().stream().filter(entry -> entry.getValue().equals(hsdsStatus))
                .map(Map.Entry::getKey).findFirst();
    }

    /** The HSDS status values, for messages. */
    static String hsdsStatuses() {
        return "active, inactive, defunct or temporarily closed";
    }

    /** The service name an export writes for an offering of this type. */
    static String name(String type) {
        return type == null ? NAME_WITHOUT_TYPE : type;
    }
}
