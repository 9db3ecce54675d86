package org.smartlibrary.kit.security;

import java.util.List;

/**
 * The roles a bearer token can carry (in its {@code groups} claim) and the tenancy claims that go with them.
 * See the root README, section "Security", for what each role may do.
 */
public final class Roles {

    /** Staff of one library (claim {@value #LIBRARY_ID_CLAIM}): works on that library's assessments. */
    public static final String LIBRARY_STAFF = "library-staff";
    /** Administrator of one partner organization (claim {@value #PARTNER_ID_CLAIM}). */
    public static final String PARTNER_ADMIN = "partner-admin";
    /** Analyst of one consortium (claim {@value #CONSORTIUM_ID_CLAIM}): reads its members' aggregates. */
    public static final String CONSORTIUM_ANALYST = "consortium-analyst";
    /** A city portal: reads across all tenants, changes nothing. */
    public static final String PORTAL = "portal";
    /** Operators of the platform: onboard libraries and partners, verify partners, operate outboxes. */
    public static final String PLATFORM_ADMIN = "platform-admin";

    public static final List<String> ALL = List.of(LIBRARY_STAFF, PARTNER_ADMIN, CONSORTIUM_ANALYST, PORTAL, PLATFORM_ADMIN);

    public static final String LIBRARY_ID_CLAIM = "library_id";
    public static final String PARTNER_ID_CLAIM = "partner_id";
    public static final String CONSORTIUM_ID_CLAIM = "consortium_id";

    private Roles() {
    }
}
