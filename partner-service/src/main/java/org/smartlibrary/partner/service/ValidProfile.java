package org.smartlibrary.partner.service;

import java.util.List;

/** A checked and normalized partner profile, ready to be written to the entity. */
record ValidProfile(String name, String normalizedName, String partnerType, String description, boolean remote,
                    boolean national, List<String> regions, List<String> cities, String website, String websiteDomain,
                    String externalId, String orgRegistryId,
                    String contactName, String contactEmail, List<String> seeks) {
}
