package org.smartlibrary.partner.api;

import java.util.List;

/** The profile fields a partner writes itself, shared by registration and update. */
public interface PartnerProfile {

    String name();

    String partnerType();

    String description();

    ServiceAreaDto serviceArea();

    String website();

    String externalId();

    String orgRegistryId();

    ContactDto contact();

    List<String> seeks();
}
