package org.smartlibrary.matching.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builders with sensible defaults so each test states only what it is about. */
final class Fixtures {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    static final String ROBOTICS = "TECHNOLOGY.ROBOTICS";
    static final String SOFTWARE = "TECHNOLOGY.SOFTWARE";
    static final String FABRICATION = "TECHNOLOGY.FABRICATION";
    static final String EQUIPMENT = "FINANCIAL.EQUIPMENT";
    static final String PROGRAM = "FINANCIAL.PROGRAM";
    static final String MENTORING = "HUMAN.MENTORING";

    /** The related types of taxonomy-v1.json (declared symmetric there). */
    static final TypeRelations TAXONOMY_RELATIONS = TypeRelations.of(Map.ofEntries(
            Map.entry("FINANCIAL.EQUIPMENT", List.of("TECHNOLOGY.FABRICATION", "TECHNOLOGY.ROBOTICS", "TECHNOLOGY.DEVICES")),
            Map.entry("FINANCIAL.SPACE", List.of("HUMAN.DESIGN_EXPERTISE")),
            Map.entry("FINANCIAL.STAFFING", List.of("HUMAN.WORKSHOP_VOLUNTEERS")),
            Map.entry("FINANCIAL.TRAINING", List.of("TECHNOLOGY.TRAINING_ADVANCED", "HUMAN.STAFF_SKILLS")),
            Map.entry("FINANCIAL.OPERATING", List.of("FINANCIAL.PROGRAM", "TECHNOLOGY.CONNECTIVITY")),
            Map.entry("FINANCIAL.PROGRAM", List.of("FINANCIAL.OPERATING")),
            Map.entry("TECHNOLOGY.FABRICATION", List.of("FINANCIAL.EQUIPMENT", "TECHNOLOGY.ROBOTICS", "HUMAN.DESIGN_EXPERTISE")),
            Map.entry("TECHNOLOGY.ROBOTICS", List.of("FINANCIAL.EQUIPMENT", "TECHNOLOGY.FABRICATION", "TECHNOLOGY.SOFTWARE")),
            Map.entry("TECHNOLOGY.AI_DATA", List.of("TECHNOLOGY.SOFTWARE", "HUMAN.TECH_EXPERTISE", "HUMAN.RESEARCH_EVALUATION")),
            Map.entry("TECHNOLOGY.DEVICES", List.of("FINANCIAL.EQUIPMENT", "TECHNOLOGY.CONNECTIVITY")),
            Map.entry("TECHNOLOGY.CONNECTIVITY", List.of("FINANCIAL.OPERATING", "TECHNOLOGY.DEVICES")),
            Map.entry("TECHNOLOGY.SOFTWARE", List.of("TECHNOLOGY.ROBOTICS", "TECHNOLOGY.AI_DATA", "TECHNOLOGY.TRAINING_ADVANCED")),
            Map.entry("TECHNOLOGY.TRAINING_ADVANCED", List.of("FINANCIAL.TRAINING", "TECHNOLOGY.SOFTWARE", "HUMAN.STAFF_SKILLS", "HUMAN.TECH_EXPERTISE")),
            Map.entry("HUMAN.STAFF_SKILLS", List.of("FINANCIAL.TRAINING", "TECHNOLOGY.TRAINING_ADVANCED")),
            Map.entry("HUMAN.WORKSHOP_VOLUNTEERS", List.of("FINANCIAL.STAFFING", "HUMAN.MENTORING")),
            Map.entry("HUMAN.DESIGN_EXPERTISE", List.of("FINANCIAL.SPACE", "TECHNOLOGY.FABRICATION")),
            Map.entry("HUMAN.TECH_EXPERTISE", List.of("TECHNOLOGY.AI_DATA", "TECHNOLOGY.TRAINING_ADVANCED", "HUMAN.MENTORING")),
            Map.entry("HUMAN.MENTORING", List.of("HUMAN.WORKSHOP_VOLUNTEERS", "HUMAN.TECH_EXPERTISE")),
            Map.entry("HUMAN.RESEARCH_EVALUATION", List.of("TECHNOLOGY.AI_DATA"))));

    static final List<String> ALL_TYPES = List.of("FINANCIAL.EQUIPMENT", "FINANCIAL.SPACE", "FINANCIAL.STAFFING",
            "FINANCIAL.TRAINING", "FINANCIAL.OPERATING", "FINANCIAL.PROGRAM", "TECHNOLOGY.FABRICATION",
            "TECHNOLOGY.ROBOTICS", "TECHNOLOGY.AI_DATA", "TECHNOLOGY.DEVICES", "TECHNOLOGY.CONNECTIVITY",
            "TECHNOLOGY.SOFTWARE", "TECHNOLOGY.TRAINING_ADVANCED", "HUMAN.STAFF_SKILLS", "HUMAN.WORKSHOP_VOLUNTEERS",
            "HUMAN.DESIGN_EXPERTISE", "HUMAN.TECH_EXPERTISE", "HUMAN.MENTORING", "HUMAN.RESEARCH_EVALUATION");

    private Fixtures() {
    }

    static LibraryInput library() {
        return new LibraryInput("lib-1", "North", "Springfield", 39.8, -89.6);
    }

    /** A library of a consortium, without coordinates. */
    static LibraryInput library(String id, String region, String city) {
        return new LibraryInput(id, region, city, null, null);
    }

    static NeedBuilder need(String id, String type) {
        return new NeedBuilder(id, type);
    }

    static OfferingBuilder offering(String id, String type) {
        return new OfferingBuilder(id, type);
    }

    static PartnerBuilder partner(String id) {
        return new PartnerBuilder(id);
    }

    static AssessmentBuilder assessment(NeedInput... needs) {
        return new AssessmentBuilder(List.of(needs));
    }

    /** An engine with the default weights, limits and settings. */
    static MatchingEngine engine(OfferingIndex index) {
        return engine(index, MatchSettings.DEFAULTS);
    }

    static MatchingEngine engine(OfferingIndex index, MatchSettings settings) {
        return new MatchingEngine(index, TAXONOMY_RELATIONS, ScoringWeights.defaults(), MatchLimits.DEFAULTS, settings);
    }

    /** Matches the assessment on {@link #TODAY} against a directory of these partners, with the defaults. */
    static MatchResult match(AssessmentInput assessment, PartnerInput... partners) {
        return engine(OfferingIndex.of(List.of(partners))).match(assessment, TODAY);
    }

    private static String categoryOf(String type) {
        return type.substring(0, type.indexOf('.'));
    }

    private static boolean financial(String type) {
        return type.startsWith("FINANCIAL.");
    }

    static final class NeedBuilder {
        private final String id;
        private final String type;
        private String category;
        private BigDecimal quantity;
        private String unit;
        private BigDecimal amount;
        private String currency;
        private String period;
        private String horizon = "SHORT_TERM";
        private int priority = 3;
        private BigDecimal currentCapacity;

        private NeedBuilder(String id, String type) {
            this.id = id;
            this.type = type;
            this.category = categoryOf(type);
            if (financial(type)) {
                money("10000", "EUR");
            } else {
                quantity("300", "kits");
            }
        }

        NeedBuilder quantity(String value, String newUnit) {
            quantity = new BigDecimal(value);
            unit = newUnit;
            amount = null;
            currency = null;
            period = null;
            return this;
        }

        /** A one-time amount; follow with {@link #perMonth()} or {@link #perYear()} for recurring money. */
        NeedBuilder money(String value, String newCurrency) {
            amount = new BigDecimal(value);
            currency = newCurrency;
            quantity = null;
            unit = null;
            period = null;
            return this;
        }

        /** Neither a quantity nor an amount. */
        NeedBuilder noQuantity() {
            quantity = null;
            unit = null;
            amount = null;
            currency = null;
            period = null;
            return this;
        }

        /** ONE_TIME, MONTH or YEAR (null = not given). */
        NeedBuilder period(String value) {
            period = value;
            return this;
        }

        NeedBuilder perMonth() {
            return period("MONTH");
        }

        NeedBuilder perYear() {
            return period("YEAR");
        }

        NeedBuilder category(String value) {
            category = value;
            return this;
        }

        NeedBuilder horizon(String value) {
            horizon = value;
            return this;
        }

        NeedBuilder longTerm() {
            return horizon("LONG_TERM");
        }

        NeedBuilder priority(int value) {
            priority = value;
            return this;
        }

        NeedBuilder currentCapacity(String value) {
            currentCapacity = new BigDecimal(value);
            return this;
        }

        NeedInput build() {
            return new NeedInput(id, category, type, quantity, unit, amount, currency, period, horizon, priority,
                    currentCapacity, null);
        }
    }

    static final class OfferingBuilder {
        private final String id;
        private final String type;
        private String category;
        private BigDecimal quantity;
        private String unit;
        private BigDecimal amount;
        private String currency;
        private String period;
        private LocalDate from;
        private LocalDate until;
        private String horizon = "ANY";
        private final List<OfferingCondition> conditions = new ArrayList<>();
        private BigDecimal minOrder;
        private Integer minJointLibraries;
        private String status = "ACTIVE";

        private OfferingBuilder(String id, String type) {
            this.id = id;
            this.type = type;
            this.category = categoryOf(type);
            if (financial(type)) {
                money("100000", "EUR");
            } else {
                quantity("500", "kits");
            }
        }

        OfferingBuilder quantity(String value, String newUnit) {
            quantity = new BigDecimal(value);
            unit = newUnit;
            amount = null;
            currency = null;
            period = null;
            return this;
        }

        /** A one-time amount; follow with {@link #perMonth()} or {@link #perYear()} for recurring money. */
        OfferingBuilder money(String value, String newCurrency) {
            amount = new BigDecimal(value);
            currency = newCurrency;
            quantity = null;
            unit = null;
            period = null;
            return this;
        }

        OfferingBuilder noCapacity() {
            quantity = null;
            unit = null;
            amount = null;
            currency = null;
            period = null;
            return this;
        }

        /** ONE_TIME, MONTH or YEAR (null = not given). */
        OfferingBuilder period(String value) {
            period = value;
            return this;
        }

        OfferingBuilder perMonth() {
            return period("MONTH");
        }

        OfferingBuilder perYear() {
            return period("YEAR");
        }

        /** The smallest quantity or amount accepted, in the offering's measure (per period for recurring money). */
        OfferingBuilder minOrder(String value) {
            minOrder = new BigDecimal(value);
            return this;
        }

        OfferingBuilder minJointLibraries(int value) {
            minJointLibraries = value;
            return this;
        }

        OfferingBuilder category(String value) {
            category = value;
            return this;
        }

        OfferingBuilder from(LocalDate value) {
            from = value;
            return this;
        }

        OfferingBuilder until(LocalDate value) {
            until = value;
            return this;
        }

        OfferingBuilder horizon(String value) {
            horizon = value;
            return this;
        }

        OfferingBuilder condition(String code, String... values) {
            conditions.add(OfferingCondition.of(code, values));
            return this;
        }

        OfferingBuilder condition(OfferingCondition condition) {
            conditions.add(condition);
            return this;
        }

        OfferingBuilder status(String value) {
            status = value;
            return this;
        }

        OfferingInput build() {
            return new OfferingInput(id, category, type, quantity, unit, amount, currency, period, from, until,
                    horizon, conditions, minOrder, minJointLibraries, status);
        }
    }

    static final class PartnerBuilder {
        private final String id;
        private String name;
        private String partnerType = "IT_COMPANY";
        private ServiceArea area = new ServiceArea(false, false, Set.of(), Set.of("Springfield"));
        private String verification = "VERIFIED";
        private LocalDate lastConfirmed = TODAY.minusMonths(1);
        private Set<String> seeks = Set.of();
        private final List<OfferingInput> offerings = new ArrayList<>();

        private PartnerBuilder(String id) {
            this.id = id;
            this.name = "Partner " + id;
        }

        PartnerBuilder name(String value) {
            name = value;
            return this;
        }

        PartnerBuilder area(ServiceArea value) {
            area = value;
            return this;
        }

        PartnerBuilder cities(String... cities) {
            return area(new ServiceArea(false, false, Set.of(), Set.of(cities)));
        }

        PartnerBuilder regions(String... regions) {
            return area(new ServiceArea(false, false, Set.of(regions), Set.of()));
        }

        PartnerBuilder remote() {
            return area(new ServiceArea(true, false, Set.of(), Set.of()));
        }

        PartnerBuilder national() {
            return area(new ServiceArea(false, true, Set.of(), Set.of()));
        }

        PartnerBuilder verification(String value) {
            verification = value;
            return this;
        }

        PartnerBuilder lastConfirmed(LocalDate value) {
            lastConfirmed = value;
            return this;
        }

        PartnerBuilder seeks(String... codes) {
            seeks = Set.of(codes);
            return this;
        }

        PartnerBuilder offering(OfferingBuilder offering) {
            offerings.add(offering.build());
            return this;
        }

        PartnerInput build() {
            return new PartnerInput(id, name, partnerType, area, verification, lastConfirmed, seeks, offerings);
        }
    }

    static final class AssessmentBuilder {
        private final List<NeedInput> needs;
        private String id = "assessment-1";
        private int revision = 1;
        private Set<String> offers = Set.of();
        private boolean matchingFunds;
        private LibraryInput library = Fixtures.library();

        private AssessmentBuilder(List<NeedInput> needs) {
            this.needs = needs;
        }

        AssessmentBuilder offers(String... codes) {
            offers = Set.of(codes);
            return this;
        }

        AssessmentBuilder matchingFunds() {
            matchingFunds = true;
            return this;
        }

        AssessmentBuilder library(LibraryInput value) {
            library = value;
            return this;
        }

        AssessmentBuilder id(String value) {
            id = value;
            return this;
        }

        AssessmentBuilder revision(int value) {
            revision = value;
            return this;
        }

        AssessmentInput build() {
            return new AssessmentInput(id, revision, library, needs, offers, matchingFunds);
        }
    }
}
