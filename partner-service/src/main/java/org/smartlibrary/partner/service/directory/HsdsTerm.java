package org.smartlibrary.partner.service.directory;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The terms of the {@value #VOCABULARY} vocabulary: the fields of a directory record that HSDS has no property for,
 * carried as HSDS attributes ({@code {"taxonomy_term": {"code": ..., "taxonomy": "smart-library-partnerships"},
 * "value": ...}}). A term's code is the record's field name (as in the CSV columns); a repeated term holds one element
 * of a list per attribute. The mapping table is partner-service/docs/hsds-mapping.md.
 */
enum HsdsTerm {

    PARTNER_ID(Level.ORGANIZATION, "partner_id", "Partner id", "The partner's id in the exporting directory (a UUID)",
            HsdsValueKind.UUID, false),
    PARTNER_TYPE(Level.ORGANIZATION, "partner_type", "Partner type", "The kind of organization (taxonomy "
            + "partner_types)", HsdsValueKind.PARTNER_TYPE, false),
    REMOTE(Level.ORGANIZATION, "remote", "Serves remotely", "true when the partner serves anywhere remotely",
            HsdsValueKind.BOOLEAN, false),
    NATIONAL(Level.ORGANIZATION, "national", "Serves the whole country", "true when the partner serves the whole "
            + "country", HsdsValueKind.BOOLEAN, false),
    REGIONS(Level.ORGANIZATION, "regions", "Region served", "One region the partner serves", HsdsValueKind.TEXT, true),
    CITIES(Level.ORGANIZATION, "cities", "City served", "One city the partner serves", HsdsValueKind.TEXT, true),
    SEEKS(Level.ORGANIZATION, "seeks", "Seeks from libraries", "One thing the partner values from libraries in return "
            + "(taxonomy library_offers)", HsdsValueKind.LIBRARY_OFFER, true),
    VERIFICATION(Level.ORGANIZATION, "verification", "Verification", "Whether the directory verified the partner "
            + "(taxonomy verification_states)", HsdsValueKind.VERIFICATION_STATE, false),
    LAST_CONFIRMED_AT(Level.ORGANIZATION, "last_confirmed_at", "Last confirmed", "The day the partner last confirmed "
            + "its data (ISO date)", HsdsValueKind.DATE, false),
    SOURCE(Level.ORGANIZATION, "source", "Source note", "What an imported source held that has no field in the "
            + "directory", HsdsValueKind.TEXT, false),
    CONFIRM_DISTINCT(Level.ORGANIZATION, "confirm_distinct", "Confirm distinct", "true imports the organization even "
            + "though another partner has the same name or website domain", HsdsValueKind.BOOLEAN, false),

    OFFERING_ID(Level.SERVICE, "offering_id", "Offering id", "The offering's id in the exporting directory (a UUID)",
            HsdsValueKind.UUID, false),
    CATEGORY(Level.SERVICE, "category", "Category", "The offering's resource category (taxonomy categories)",
            HsdsValueKind.CATEGORY, false),
    TYPE(Level.SERVICE, "type", "Resource type", "The offering's resource type (taxonomy resource_types)",
            HsdsValueKind.RESOURCE_TYPE, false),
    QUANTITY(Level.SERVICE, "quantity", "Quantity", "How much is offered, in unit (TECHNOLOGY and HUMAN offerings)",
            HsdsValueKind.DECIMAL, false),
    UNIT(Level.SERVICE, "unit", "Unit", "The unit of quantity, e.g. kits or hours", HsdsValueKind.TEXT, false),
    AMOUNT(Level.SERVICE, "amount", "Amount", "How much money is offered, in currency (FINANCIAL offerings)",
            HsdsValueKind.DECIMAL, false),
    CURRENCY(Level.SERVICE, "currency", "Currency", "ISO 4217 code of amount", HsdsValueKind.CURRENCY, false),
    PERIOD(Level.SERVICE, "period", "Period", "How often the amount comes (taxonomy money_periods)",
            HsdsValueKind.MONEY_PERIOD, false),
    AVAILABLE_FROM(Level.SERVICE, "available_from", "Available from", "First day the offering is available (ISO date)",
            HsdsValueKind.DATE, false),
    AVAILABLE_UNTIL(Level.SERVICE, "available_until", "Available until", "Last day the offering is available (ISO "
            + "date)", HsdsValueKind.DATE, false),
    HORIZON(Level.SERVICE, "horizon", "Horizon", "Short term, long term or any (taxonomy offering_horizons)",
            HsdsValueKind.OFFERING_HORIZON, false),
    MIN_ORDER_QUANTITY(Level.SERVICE, "min_order_quantity", "Minimum order quantity", "The smallest quantity the "
            + "partner accepts", HsdsValueKind.DECIMAL, false),
    MIN_ORDER_UNIT(Level.SERVICE, "min_order_unit", "Minimum order unit", "The unit of the minimum order quantity",
            HsdsValueKind.TEXT, false),
    MIN_ORDER_AMOUNT(Level.SERVICE, "min_order_amount", "Minimum order amount", "The smallest amount the partner "
            + "accepts", HsdsValueKind.DECIMAL, false),
    MIN_ORDER_CURRENCY(Level.SERVICE, "min_order_currency", "Minimum order currency", "ISO 4217 code of the minimum "
            + "order amount", HsdsValueKind.CURRENCY, false),
    MIN_JOINT_LIBRARIES(Level.SERVICE, "min_joint_libraries", "Minimum joint libraries", "Libraries that must apply "
            + "together (a whole number)", HsdsValueKind.WHOLE_NUMBER, false),
    CONDITIONS(Level.SERVICE, "conditions", "Eligibility condition", "One eligibility condition as a JSON object "
            + "{code, description, value} (code from taxonomy offering_conditions)", HsdsValueKind.CONDITION, true);

    /** The name written in {@code taxonomy_term.taxonomy} of every attribute of ours. */
    static final String VOCABULARY = "smart-library-partnerships";

    /** Where a term may be attached. */
    enum Level { ORGANIZATION, SERVICE }

    private final Level level;
    private final String code;
    private final String label;
    private final String description;
    private final HsdsValueKind kind;
    private final boolean repeated;

    HsdsTerm(Level level, String code, String label, String description, HsdsValueKind kind, boolean repeated) {
        this.level = level;
        this.code = code;
        this.label = label;
        this.description = description;
        this.kind = kind;
        this.repeated = repeated;
    }

    static Optional<HsdsTerm> byCode(String code) {
        return Arrays.stream(values()).filter(term -> term.code.equals(code)).findFirst();
    }

    /** The codes of one level's terms, for messages. */
    static List<String> codes(Level level) {
        return Arrays.stream(values()).filter(term -> term.level == level).map(HsdsTerm::code).toList();
    }

    Level level() {
        return level;
    }

    String code() {
        return code;
    }

    String label() {
        return label;
    }

    String description() {
        return description;
    }

    HsdsValueKind kind() {
        return kind;
    }

    /** Whether the term holds one element of a list per attribute (else it may be given once). */
    boolean repeated() {
        return repeated;
    }
}
