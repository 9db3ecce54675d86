package org.smartlibrary.kit.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.smartlibrary.contracts.taxonomy.CodeList;
import org.smartlibrary.contracts.taxonomy.Taxonomy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The taxonomy's closed code lists as named OpenAPI schemas, generated from the taxonomy file, never typed by hand.
 * A field refers to one by name, {@code @Schema(ref = TaxonomySchemas.PARTNER_TYPE)}; {@link ContractRulesInOpenApi}
 * registers each schema that the document refers to.
 */
public final class TaxonomySchemas {

    public static final String CATEGORY = "Category";
    public static final String RESOURCE_TYPE = "ResourceTypeCode";
    public static final String MEASURE = "Measure";
    public static final String MONEY_PERIOD = "MoneyPeriod";
    public static final String LIBRARY_OFFER = "LibraryOffer";
    public static final String PARTNER_TYPE = "PartnerType";
    public static final String PROGRAM_AREA = "ProgramArea";
    public static final String HORIZON = "Horizon";
    public static final String OFFERING_HORIZON = "OfferingHorizon";
    public static final String OFFERING_STATUS = "OfferingStatus";
    public static final String VERIFICATION_STATE = "VerificationState";
    public static final String OFFERING_CONDITION = "OfferingCondition";
    public static final String FEEDBACK_OUTCOME = "FeedbackOutcome";
    public static final String MATCH_CRITERION = "MatchCriterion";
    public static final String UNMET_REASON = "UnmetReason";
    public static final String MATCH_FLAG = "MatchFlag";
    public static final String EXCLUSION_REASON = "ExclusionReason";
    /** An ISO 4217 alphabetic code, by the taxonomy's pattern (any code of that shape, not a closed list). */
    public static final String CURRENCY = "CurrencyCode";

    private static final Map<CodeList, String> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put(CodeList.CATEGORIES, CATEGORY);
        NAMES.put(CodeList.MEASURES, MEASURE);
        NAMES.put(CodeList.MONEY_PERIODS, MONEY_PERIOD);
        NAMES.put(CodeList.LIBRARY_OFFERS, LIBRARY_OFFER);
        NAMES.put(CodeList.PARTNER_TYPES, PARTNER_TYPE);
        NAMES.put(CodeList.PROGRAM_AREAS, PROGRAM_AREA);
        NAMES.put(CodeList.HORIZONS, HORIZON);
        NAMES.put(CodeList.OFFERING_HORIZONS, OFFERING_HORIZON);
        NAMES.put(CodeList.OFFERING_STATUSES, OFFERING_STATUS);
        NAMES.put(CodeList.VERIFICATION_STATES, VERIFICATION_STATE);
        NAMES.put(CodeList.OFFERING_CONDITIONS, OFFERING_CONDITION);
        NAMES.put(CodeList.FEEDBACK_OUTCOMES, FEEDBACK_OUTCOME);
        NAMES.put(CodeList.MATCH_CRITERIA, MATCH_CRITERION);
        NAMES.put(CodeList.UNMET_REASONS, UNMET_REASON);
        NAMES.put(CodeList.MATCH_FLAGS, MATCH_FLAG);
        NAMES.put(CodeList.EXCLUSION_REASONS, EXCLUSION_REASON);
    }

    private TaxonomySchemas() {
    }

    /** Every taxonomy schema by name, in a stable order. */
    static Map<String, Schema> all(Taxonomy taxonomy) {
        Map<String, Schema> schemas = new LinkedHashMap<>();
        NAMES.forEach((list, name) -> schemas.put(name, codes("a code of the taxonomy list " + list.key(),
                new ArrayList<>(taxonomy.codes(list)))));
        schemas.put(RESOURCE_TYPE, codes("a resource type of the taxonomy (resource_types); its category is the part "
                + "before the dot", new ArrayList<>(taxonomy.resourceTypes().keySet())));
        schemas.put(CURRENCY, OASFactory.createSchema().addType(SchemaType.STRING)
                .description("an ISO 4217 alphabetic currency code")
                .pattern(taxonomy.currencyPattern())
                .examples(List.of("EUR")));
        return schemas;
    }

    private static Schema codes(String description, List<String> codes) {
        return OASFactory.createSchema().addType(SchemaType.STRING).description(description)
                .enumeration(new ArrayList<>(codes));
    }
}
