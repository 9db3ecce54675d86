package org.smartlibrary.partner.service.directory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.smartlibrary.partner.api.ContactDto;
import org.smartlibrary.partner.api.DirectoryOffering;
import org.smartlibrary.partner.api.DirectoryPartner;
import org.smartlibrary.partner.api.MinOrderDto;
import org.smartlibrary.partner.api.ServiceAreaDto;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One directory record as an HSDS 3.0 organization with its services (the mapping is
 * partner-service/docs/hsds-mapping.md). Everything is written in a fixed order and every id HSDS requires is
 * derived from the organization's id and the object's place, so the same record always gives the same bytes.
 */
final class HsdsOrganizationWriter {

    /** A registry id as org-id writes it: the scheme (country code '-' registry code), '-', the number. */
    static final Pattern REGISTRY_ID = Pattern.compile("([A-Za-z]{2}-[A-Za-z0-9_]{2,20})-(.+)");

    /** The identifier_type written for a registry id without a scheme prefix (not one the service stores). */
    static final String TYPE_WITHOUT_SCHEME = "registry number";

    private final ObjectMapper json;

    HsdsOrganizationWriter(ObjectMapper json) {
        this.json = json;
    }

    /**
     * The organization of a record.
     *
     * @param ordinal the record's place in the export (0-based), only used to derive an id for a record without
     *                external_id and id
     */
    ObjectNode organization(DirectoryPartner partner, long ordinal) {
        String id = organizationId(partner, ordinal);
        ObjectNode organization = json.createObjectNode();
        organization.put("id", id);
        putText(organization, "name", partner.name());
        putText(organization, "description", partner.description());
        putText(organization, "website", partner.website());
        writeContact(organization, id, partner.contact());
        writeIdentifier(organization, id, partner.orgRegistryId());
        Attributes attributes = new Attributes(id, "");
        attributes.add(HsdsTerm.PARTNER_ID, partner.id());
        attributes.add(HsdsTerm.PARTNER_TYPE, partner.partnerType());
        ServiceAreaDto area = partner.serviceArea();
        if (area != null) {
            attributes.add(HsdsTerm.REMOTE, area.remote());
            attributes.add(HsdsTerm.NATIONAL, area.national());
            attributes.addEach(HsdsTerm.REGIONS, area.regions());
            attributes.addEach(HsdsTerm.CITIES, area.cities());
        }
        attributes.addEach(HsdsTerm.SEEKS, partner.seeks());
        attributes.add(HsdsTerm.VERIFICATION, partner.verification());
        attributes.add(HsdsTerm.LAST_CONFIRMED_AT, partner.lastConfirmedAt());
        attributes.add(HsdsTerm.SOURCE, partner.source());
        attributes.add(HsdsTerm.CONFIRM_DISTINCT, partner.confirmDistinct());
        attributes.writeTo(organization);
        List<DirectoryOffering> offerings = partner.offerings() == null ? List.of() : partner.offerings();
        if (!offerings.isEmpty()) {
            ArrayNode services = organization.putArray("services");
            for (int i = 0; i < offerings.size(); i++) {
                services.add(service(offerings.get(i), id, "services[" + i + "]", area));
            }
        }
        return organization;
    }

    private ObjectNode service(DirectoryOffering offering, String organizationId, String path, ServiceAreaDto area) {
        ObjectNode service = json.createObjectNode();
        service.put("id", firstOf(offering.externalId(), offering.id(), rowId(organizationId, path)));
        service.put("name", HsdsServiceFields.name(offering.type()));
        putText(service, "description", offering.description());
        service.put("status", HsdsServiceFields.hsdsStatus(offering.status()));
        writeServiceAreas(service, organizationId, path, area);
        Attributes attributes = new Attributes(organizationId, path + ".");
        attributes.add(HsdsTerm.OFFERING_ID, offering.id());
        attributes.add(HsdsTerm.CATEGORY, offering.category());
        attributes.add(HsdsTerm.TYPE, offering.type());
        attributes.add(HsdsTerm.QUANTITY, offering.quantity());
        attributes.add(HsdsTerm.UNIT, offering.unit());
        attributes.add(HsdsTerm.AMOUNT, offering.amount());
        attributes.add(HsdsTerm.CURRENCY, offering.currency());
        attributes.add(HsdsTerm.PERIOD, offering.period());
        attributes.add(HsdsTerm.AVAILABLE_FROM, offering.availableFrom());
        attributes.add(HsdsTerm.AVAILABLE_UNTIL, offering.availableUntil());
        attributes.add(HsdsTerm.HORIZON, offering.horizon());
        MinOrderDto minOrder = offering.minOrder();
        if (minOrder != null) {
            attributes.add(HsdsTerm.MIN_ORDER_QUANTITY, minOrder.quantity());
            attributes.add(HsdsTerm.MIN_ORDER_UNIT, minOrder.unit());
            attributes.add(HsdsTerm.MIN_ORDER_AMOUNT, minOrder.amount());
            attributes.add(HsdsTerm.MIN_ORDER_CURRENCY, minOrder.currency());
        }
        attributes.add(HsdsTerm.MIN_JOINT_LIBRARIES, offering.minJointLibraries());
        attributes.addEach(HsdsTerm.CONDITIONS, offering.conditions());
        attributes.writeTo(service);
        return service;
    }

    /** The partner's regions and cities as the service's HSDS service areas (a copy of the organization's terms). */
    private void writeServiceAreas(ObjectNode service, String organizationId, String path, ServiceAreaDto area) {
        List<String> names = areaNames(area);
        if (names.isEmpty()) {
            return;
        }
        ArrayNode serviceAreas = service.putArray("service_areas");
        for (int i = 0; i < names.size(); i++) {
            ObjectNode serviceArea = serviceAreas.addObject();
            serviceArea.put("id", rowId(organizationId, path + ".service_areas[" + i + "]"));
            serviceArea.put("name", names.get(i));
        }
    }

    /** The service area names an export writes on every service: the regions, then the cities. */
    static List<String> areaNames(ServiceAreaDto area) {
        if (area == null) {
            return List.of();
        }
        return Stream.concat(area.regions() == null ? Stream.<String>empty() : area.regions().stream(),
                area.cities() == null ? Stream.<String>empty() : area.cities().stream()).toList();
    }

    private void writeContact(ObjectNode organization, String id, ContactDto contact) {
        if (contact == null || (contact.name() == null && contact.email() == null)) {
            return;
        }
        ObjectNode entry = organization.putArray("contacts").addObject();
        entry.put("id", rowId(id, "contacts[0]"));
        putText(entry, "name", contact.name());
        putText(entry, "email", contact.email());
    }

    private void writeIdentifier(ObjectNode organization, String id, String orgRegistryId) {
        if (orgRegistryId == null) {
            return;
        }
        ObjectNode identifier = organization.putArray("organization_identifiers").addObject();
        identifier.put("id", rowId(id, "organization_identifiers[0]"));
        Matcher parts = REGISTRY_ID.matcher(orgRegistryId);
        if (parts.matches()) {
            identifier.put("identifier_scheme", parts.group(1));
            identifier.put("identifier_type", parts.group(1));
            identifier.put("identifier", parts.group(2));
        } else {
            identifier.put("identifier_type", TYPE_WITHOUT_SCHEME);
            identifier.put("identifier", orgRegistryId);
        }
    }

    private static String organizationId(DirectoryPartner partner, long ordinal) {
        return firstOf(partner.externalId(), partner.id(),
                derivedId("organization:" + ordinal + ":" + partner.name()));
    }

    private static String firstOf(String externalId, UUID id, String derived) {
        if (externalId != null) {
            return externalId;
        }
        return id != null ? id.toString() : derived;
    }

    /** The id of an object HSDS requires one for: the same for the same organization id and place. */
    static String rowId(String organizationId, String path) {
        return derivedId("row:" + organizationId + ":" + path);
    }

    static String derivedId(String key) {
        return UUID.nameUUIDFromBytes((HsdsTerm.VOCABULARY + ":" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static void putText(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    /** The attributes of one organization or service, numbered in the order they are added. */
    private final class Attributes {

        private final String organizationId;
        private final String path;
        private final ArrayNode entries = json.createArrayNode();

        Attributes(String organizationId, String path) {
            this.organizationId = organizationId;
            this.path = path;
        }

        void add(HsdsTerm term, Object value) {
            if (value == null) {
                return;
            }
            ObjectNode attribute = entries.addObject();
            attribute.put("id", rowId(organizationId, path + "attributes[" + (entries.size() - 1) + "]"));
            ObjectNode taxonomyTerm = attribute.putObject("taxonomy_term");
            taxonomyTerm.put("id", derivedId("term:" + term.code()));
            taxonomyTerm.put("code", term.code());
            taxonomyTerm.put("name", term.label());
            taxonomyTerm.put("description", term.description());
            taxonomyTerm.put("taxonomy", HsdsTerm.VOCABULARY);
            attribute.put("value", term.kind().write(value, json));
        }

        void addEach(HsdsTerm term, List<?> values) {
            if (values != null) {
                values.forEach(value -> add(term, value));
            }
        }

        void writeTo(ObjectNode owner) {
            if (!entries.isEmpty()) {
                owner.set("attributes", entries);
            }
        }
    }
}
