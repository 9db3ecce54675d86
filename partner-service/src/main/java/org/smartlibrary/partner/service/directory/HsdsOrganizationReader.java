package org.smartlibrary.partner.service.directory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.smartlibrary.contracts.taxonomy.Taxonomy;
import org.smartlibrary.kit.problem.Problem.FieldError;
import org.smartlibrary.partner.api.ConditionDto;
import org.smartlibrary.partner.api.ContactDto;
import org.smartlibrary.partner.api.DirectoryOffering;
import org.smartlibrary.partner.api.DirectoryPartner;
import org.smartlibrary.partner.api.MinOrderDto;
import org.smartlibrary.partner.api.ServiceAreaDto;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One HSDS organization (a JSON tree) as a directory record (the mapping is partner-service/docs/hsds-mapping.md).
 * What has no field in the record is kept in its {@code source} ({@link HsdsSourceNote}); what cannot be read
 * becomes a row error whose field is the HSDS path, e.g. {@code organizations[3].services[0].attributes[2].value}.
 * Required fields of the record other than the name (partner type, category, type...) are left to the import's
 * rules: a missing one is null here.
 */
final class HsdsOrganizationReader {

    private static final Set<String> IDENTIFIER_MAPPED = Set.of("identifier_scheme", "identifier");
    private static final Set<String> CONTACT_MAPPED = Set.of("name", "email");
    private static final Set<String> AREA_COPY_MEMBERS = Set.of("id", "service_id", "name");

    private final Taxonomy taxonomy;
    private final ObjectMapper json;

    HsdsOrganizationReader(Taxonomy taxonomy, ObjectMapper json) {
        this.taxonomy = taxonomy;
        this.json = json;
    }

    /**
     * Reads one element of the organizations array.
     *
     * @param path the element's path in the document, e.g. {@code organizations[3]}, for error fields
     * @param line the line where the element starts
     */
    ImportRow read(JsonNode organization, String path, long line) {
        return new Reading(path).organization(organization, line);
    }

    /** The reading of one organization: its errors and its source note. */
    private final class Reading {

        private final String path;
        private final List<FieldError> errors = new ArrayList<>();
        private final HsdsSourceNote note = new HsdsSourceNote();

        Reading(String path) {
            this.path = path;
        }

        ImportRow organization(JsonNode organization, long line) {
            if (!organization.isObject()) {
                return ImportRow.unreadable(line, path, "must be a JSON object (an HSDS organization)");
            }
            String externalId = null;
            String name = null;
            String description = null;
            String website = null;
            JsonNode email = null;
            Contact contact = new Contact(null, null);
            String orgRegistryId = null;
            Values values = new Values();
            List<Service> services = new ArrayList<>();
            for (Map.Entry<String, JsonNode> member : organization.properties()) {
                String key = member.getKey();
                JsonNode value = member.getValue();
                switch (key) {
                    case "id" -> externalId = text(value, key);
                    case "name" -> name = text(value, key);
                    case "description" -> description = text(value, key);
                    case "website" -> website = text(value, key);
                    case "email" -> email = value;
                    case "contacts" -> contact = contacts(value);
                    case "organization_identifiers" -> orgRegistryId = identifiers(value);
                    case "attributes" -> attributes(value, "", HsdsTerm.Level.ORGANIZATION, values);
                    case "services" -> services = services(value);
                    default -> note.keep(key, value);
                }
            }
            if (name == null && errors.stream().noneMatch(e -> e.field().equals(at("name")))) {
                error("name", "required: every HSDS organization has a name");
            }
            ContactDto contactDto = contactWithEmail(contact, email);
            ServiceAreaDto serviceArea = serviceArea(values, services);
            if (!errors.isEmpty()) {
                return new ImportRow(line, null, errors);
            }
            return ImportRow.of(line, new DirectoryPartner(values.one(HsdsTerm.PARTNER_ID, UUID.class), externalId,
                    orgRegistryId, name, values.one(HsdsTerm.PARTNER_TYPE, String.class), description, serviceArea,
                    website, contactDto, values.all(HsdsTerm.SEEKS, String.class),
                    values.one(HsdsTerm.VERIFICATION, String.class),
                    values.one(HsdsTerm.LAST_CONFIRMED_AT, LocalDate.class),
                    note.sourceAfter(values.one(HsdsTerm.SOURCE, String.class)),
                    values.one(HsdsTerm.CONFIRM_DISTINCT, Boolean.class),
                    services.stream().map(Service::offering).toList()));
        }

        /** contacts[0] is the contact person; its other members and the other contacts are kept in the note. */
        private Contact contacts(JsonNode contacts) {
            if (!isArray(contacts, "contacts")) {
                return new Contact(null, null);
            }
            Contact contact = new Contact(null, null);
            for (int i = 0; i < contacts.size(); i++) {
                String at = "contacts[" + i + "]";
                JsonNode entry = contacts.get(i);
                if (i > 0) {
                    note.keep(at, entry);
                } else if (!entry.isObject()) {
                    error(at, "must be a JSON object (an HSDS contact)");
                } else {
                    contact = new Contact(text(entry.get("name"), at + ".name"), text(entry.get("email"),
                            at + ".email"));
                    note.keepOthers(at, entry, CONTACT_MAPPED);
                }
            }
            return contact;
        }

        /** The contact's e-mail is contacts[0].email, else the organization's email; a different one is kept. */
        private ContactDto contactWithEmail(Contact contact, JsonNode emailNode) {
            String organizationEmail = text(emailNode, "email");
            String email = contact.email();
            if (email == null) {
                email = organizationEmail;
            } else if (organizationEmail != null && !organizationEmail.equals(email)) {
                note.keep("email", emailNode);
            }
            return contact.name() == null && email == null ? null : new ContactDto(contact.name(), email);
        }

        /** The first identifier with a scheme and a number is the registry id; the others are kept in the note. */
        private String identifiers(JsonNode identifiers) {
            if (!isArray(identifiers, "organization_identifiers")) {
                return null;
            }
            String registryId = null;
            for (int i = 0; i < identifiers.size(); i++) {
                String at = "organization_identifiers[" + i + "]";
                JsonNode entry = identifiers.get(i);
                String scheme = entry.isObject() ? plainText(entry.get("identifier_scheme")) : null;
                String number = entry.isObject() ? plainText(entry.get("identifier")) : null;
                if (registryId != null || scheme == null || number == null) {
                    note.keep(at, entry);
                    continue;
                }
                registryId = scheme + "-" + number;
                Set<String> mapped = new LinkedHashSet<>(IDENTIFIER_MAPPED);
                if (scheme.equals(plainText(entry.get("identifier_type")))) {
                    mapped.add("identifier_type");
                }
                note.keepOthers(at, entry, mapped);
            }
            return registryId;
        }

        private List<Service> services(JsonNode services) {
            List<Service> read = new ArrayList<>();
            if (!isArray(services, "services")) {
                return read;
            }
            for (int i = 0; i < services.size(); i++) {
                String at = "services[" + i + "]";
                JsonNode service = services.get(i);
                if (service.isObject()) {
                    read.add(service(service, at));
                } else {
                    error(at, "must be a JSON object (an HSDS service)");
                }
            }
            return read;
        }

        private Service service(JsonNode service, String at) {
            String externalId = null;
            JsonNode name = null;
            String description = null;
            String status = null;
            JsonNode serviceAreas = null;
            Values values = new Values();
            for (Map.Entry<String, JsonNode> member : service.properties()) {
                String key = member.getKey();
                String memberAt = at + "." + key;
                JsonNode value = member.getValue();
                switch (key) {
                    case "id" -> externalId = text(value, memberAt);
                    case "name" -> name = value;
                    case "description" -> description = text(value, memberAt);
                    case "status" -> status = status(value, memberAt);
                    case "service_areas" -> serviceAreas = isArray(value, memberAt) ? value : null;
                    case "attributes" -> attributes(value, at + ".", HsdsTerm.Level.SERVICE, values);
                    case "organization_id" -> {
                        // the organization this service is nested in
                    }
                    default -> note.keep(memberAt, value);
                }
            }
            String type = values.one(HsdsTerm.TYPE, String.class);
            String nameText = text(name, at + ".name");
            if (nameText != null && !nameText.equals(HsdsServiceFields.name(type))) {
                note.keep(at + ".name", name);
            }
            BigDecimal minQuantity = values.one(HsdsTerm.MIN_ORDER_QUANTITY, BigDecimal.class);
            String minUnit = values.one(HsdsTerm.MIN_ORDER_UNIT, String.class);
            BigDecimal minAmount = values.one(HsdsTerm.MIN_ORDER_AMOUNT, BigDecimal.class);
            String minCurrency = values.one(HsdsTerm.MIN_ORDER_CURRENCY, String.class);
            MinOrderDto minOrder = minQuantity == null && minUnit == null && minAmount == null && minCurrency == null
                    ? null : new MinOrderDto(minQuantity, minUnit, minAmount, minCurrency);
            DirectoryOffering offering = new DirectoryOffering(values.one(HsdsTerm.OFFERING_ID, UUID.class),
                    externalId, values.one(HsdsTerm.CATEGORY, String.class), type, description,
                    values.one(HsdsTerm.QUANTITY, BigDecimal.class), values.one(HsdsTerm.UNIT, String.class),
                    values.one(HsdsTerm.AMOUNT, BigDecimal.class), values.one(HsdsTerm.CURRENCY, String.class),
                    values.one(HsdsTerm.PERIOD, String.class), values.one(HsdsTerm.AVAILABLE_FROM, LocalDate.class),
                    values.one(HsdsTerm.AVAILABLE_UNTIL, LocalDate.class), values.one(HsdsTerm.HORIZON, String.class),
                    values.all(HsdsTerm.CONDITIONS, ConditionDto.class), minOrder,
                    values.one(HsdsTerm.MIN_JOINT_LIBRARIES, Integer.class), status);
            return new Service(at, offering, serviceAreas);
        }

        private String status(JsonNode value, String at) {
            String status = text(value, at);
            if (status == null) {
                return null;
            }
            return HsdsServiceFields.offeringStatus(status).orElseGet(() -> {
                error(at, "'" + status + "' is not an HSDS service status; one of "
                        + HsdsServiceFields.hsdsStatuses());
                return null;
            });
        }

        /**
         * The partner's service area: from the organization's terms when it has any (the services' service_areas
         * are then the export's copy, and any other content is kept in the note); else the names of the services'
         * service areas, as regions.
         */
        private ServiceAreaDto serviceArea(Values values, List<Service> services) {
            boolean fromTerms = values.has(HsdsTerm.REMOTE) || values.has(HsdsTerm.NATIONAL)
                    || values.has(HsdsTerm.REGIONS) || values.has(HsdsTerm.CITIES);
            if (fromTerms) {
                ServiceAreaDto area = new ServiceAreaDto(values.one(HsdsTerm.REMOTE, Boolean.class),
                        values.one(HsdsTerm.NATIONAL, Boolean.class), values.all(HsdsTerm.REGIONS, String.class),
                        values.all(HsdsTerm.CITIES, String.class));
                List<String> copy = HsdsOrganizationWriter.areaNames(area);
                for (Service service : services) {
                    if (service.serviceAreas() != null && !isCopy(service.serviceAreas(), copy)) {
                        note.keep(service.path() + ".service_areas", service.serviceAreas());
                    }
                }
                return area;
            }
            Set<String> regions = new LinkedHashSet<>();
            for (Service service : services) {
                JsonNode serviceAreas = service.serviceAreas();
                for (int i = 0; serviceAreas != null && i < serviceAreas.size(); i++) {
                    String at = service.path() + ".service_areas[" + i + "]";
                    JsonNode serviceArea = serviceAreas.get(i);
                    String name = serviceArea.isObject() ? plainText(serviceArea.get("name")) : null;
                    if (name == null) {
                        note.keep(at, serviceArea);
                        continue;
                    }
                    regions.add(name);
                    note.keepOthers(at, serviceArea, Set.of("name"));
                }
            }
            return regions.isEmpty() ? null : new ServiceAreaDto(null, null, List.copyOf(regions), List.of());
        }

        private boolean isCopy(JsonNode serviceAreas, List<String> names) {
            if (serviceAreas.size() != names.size()) {
                return false;
            }
            for (int i = 0; i < names.size(); i++) {
                JsonNode serviceArea = serviceAreas.get(i);
                if (!serviceArea.isObject() || !names.get(i).equals(plainText(serviceArea.get("name")))) {
                    return false;
                }
                for (Map.Entry<String, JsonNode> member : serviceArea.properties()) {
                    if (!AREA_COPY_MEMBERS.contains(member.getKey())) {
                        return false;
                    }
                }
            }
            return true;
        }

        /** Our attributes become values; any other attribute is kept in the note. */
        private void attributes(JsonNode attributes, String prefix, HsdsTerm.Level level, Values values) {
            if (!isArray(attributes, prefix + "attributes")) {
                return;
            }
            for (int i = 0; i < attributes.size(); i++) {
                String at = prefix + "attributes[" + i + "]";
                JsonNode attribute = attributes.get(i);
                JsonNode term = attribute.path("taxonomy_term");
                if (!HsdsTerm.VOCABULARY.equals(term.path("taxonomy").asText(null))) {
                    note.keep(at, attribute);
                } else {
                    attribute(term.path("code"), attribute.path("value"), at, level, values);
                }
            }
        }

        private void attribute(JsonNode code, JsonNode value, String at, HsdsTerm.Level level, Values values) {
            HsdsTerm term = code.isTextual() ? HsdsTerm.byCode(code.asText()).orElse(null) : null;
            if (term == null || term.level() != level) {
                error(at + ".taxonomy_term.code", (code.isTextual() ? "'" + code.asText() + "' is not" : "needs")
                        + " a term of " + HsdsTerm.VOCABULARY + " for " + (level == HsdsTerm.Level.ORGANIZATION
                        ? "an organization" : "a service") + "; one of " + HsdsTerm.codes(level));
                return;
            }
            String text = value.isValueNode() && !value.isNull() ? value.asText() : null;
            if (text == null || text.isBlank()) {
                error(at + ".value", "required: the value of " + term.code() + " as a JSON string");
                return;
            }
            try {
                Object read = term.kind().read(text, taxonomy, json);
                if (!term.repeated() && values.has(term)) {
                    error(at, term.code() + " is given twice; it is one value, give one attribute");
                } else {
                    values.add(term, read);
                }
            } catch (IllegalArgumentException e) {
                error(at + ".value", term.code() + ": " + e.getMessage());
            }
        }

        /** A JSON string member's text (null when absent, null or blank); anything else is an error. */
        private String text(JsonNode value, String at) {
            if (value == null || value.isNull() || value.isMissingNode()) {
                return null;
            }
            if (!value.isTextual()) {
                error(at, "must be a JSON string");
                return null;
            }
            return value.asText().isBlank() ? null : value.asText();
        }

        private boolean isArray(JsonNode value, String at) {
            if (value.isArray()) {
                return true;
            }
            if (!value.isNull()) {
                error(at, "must be a JSON array");
            }
            return false;
        }

        private void error(String relative, String message) {
            errors.add(new FieldError(at(relative), message));
        }

        private String at(String relative) {
            return relative.isEmpty() ? path : path + "." + relative;
        }
    }

    /** A JSON string's text, or null for anything else and for blank text. */
    private static String plainText(JsonNode value) {
        return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }

    private record Contact(String name, String email) {
    }

    /** A service as read, with its service_areas kept until the organization's terms are known. */
    private record Service(String path, DirectoryOffering offering, JsonNode serviceAreas) {
    }

    /** The values of our attributes on one organization or service. */
    private static final class Values {

        private final Map<HsdsTerm, List<Object>> values = new EnumMap<>(HsdsTerm.class);

        void add(HsdsTerm term, Object value) {
            values.computeIfAbsent(term, t -> new ArrayList<>()).add(value);
        }

        boolean has(HsdsTerm term) {
            return values.containsKey(term);
        }

        <T> T one(HsdsTerm term, Class<T> type) {
            List<Object> given = values.get(term);
            return given == null ? null : type.cast(given.get(0));
        }

        /** Every value of a repeated term, in the attributes' order; empty when none is given. */
        <T> List<T> all(HsdsTerm term, Class<T> type) {
            return values.getOrDefault(term, List.of()).stream().map(type::cast).toList();
        }
    }
}
