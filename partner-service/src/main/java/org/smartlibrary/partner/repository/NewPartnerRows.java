package org.smartlibrary.partner.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.postgresql.PGConnection;
import org.smartlibrary.partner.model.Offering;
import org.smartlibrary.partner.model.OfferingConditionsConverter;
import org.smartlibrary.partner.model.Partner;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.Collection;
import java.util.UUID;

/**
 * Writes partners that are new, with their offerings, in the caller's transaction: one {@code COPY} per table instead
 * of an INSERT per row through the persistence context. An import's created partners go this way (a batch of them
 * costs a tenth of the entity path); they are not managed afterwards. The columns are the entities' columns: each
 * partner gets version 0, as a persisted entity does, and each offering its partner's id.
 */
@ApplicationScoped
public class NewPartnerRows {

    private static final String PARTNER_COLUMNS = "id, name, name_key, normalized_name, partner_type, description, "
            + "remote, national, regions, cities, area_keys, website, website_domain, contact_name, contact_email, "
            + "seeks, verification, last_confirmed_at, external_id, org_registry_id, source_note, import_id, "
            + "offering_text, created_at, updated_at, version";

    private static final String OFFERING_COLUMNS = "id, partner_id, category, type, description, quantity, unit, "
            + "amount, currency, period, min_order_quantity, min_order_unit, min_order_amount, min_order_currency, "
            + "min_joint_libraries, available_from, available_until, horizon, conditions, external_id, import_id, "
            + "status, created_at, updated_at, version";

    private final OfferingConditionsConverter conditions = new OfferingConditionsConverter();

    @Inject
    EntityManager entityManager;

    /** Inserts the partners and all their offerings; sets each partner's and offering's version to 0. */
    public void insert(Collection<Partner> partners) {
        if (partners.isEmpty()) {
            return;
        }
        CopyText partnerRows = new CopyText();
        CopyText offeringRows = new CopyText();
        for (Partner partner : partners) {
            partner.version = 0L;
            partnerRows.row(partner.id, partner.name, partner.nameKey, partner.normalizedName, partner.partnerType,
                    partner.description, partner.remote, partner.national, partner.regions, partner.cities,
                    partner.areaKeys, partner.website, partner.websiteDomain, partner.contactName,
                    partner.contactEmail, partner.seeks, partner.verification, partner.lastConfirmedAt,
                    partner.externalId, partner.orgRegistryId, partner.sourceNote, partner.importId,
                    partner.offeringText, partner.createdAt, partner.updatedAt, partner.version);
            for (Offering offering : partner.offerings) {
                offering.version = 0L;
                offeringRows.row(offering.id, partner.id, offering.category, offering.type, offering.description,
                        offering.quantity, offering.unit, offering.amount, offering.currency, offering.period,
                        offering.minOrderQuantity, offering.minOrderUnit, offering.minOrderAmount,
                        offering.minOrderCurrency, offering.minJointLibraries, offering.availableFrom,
                        offering.availableUntil, offering.horizon,
                        conditions.convertToDatabaseColumn(offering.conditions), offering.externalId,
                        offering.importId, offering.status, offering.createdAt, offering.updatedAt, offering.version);
            }
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            PGConnection postgres = connection.unwrap(PGConnection.class);
            copy(postgres, "partner", PARTNER_COLUMNS, partnerRows);
            if (!offeringRows.isEmpty()) {
                copy(postgres, "offering", OFFERING_COLUMNS, offeringRows);
            }
        });
    }

    private static void copy(PGConnection connection, String table, String columns, CopyText rows)
            throws SQLException {
        try {
            connection.getCopyAPI().copyIn("COPY " + table + " (" + columns + ") FROM STDIN",
                    new StringReader(rows.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY into " + table + " failed", e);
        }
    }

    /** Rows in COPY's text format: tab between columns, {@code \N} for null, backslash escapes. */
    static final class CopyText {

        private final StringBuilder text = new StringBuilder(64 * 1024);
        private boolean empty = true;

        void row(Object... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    text.append('\t');
                }
                value(values[i]);
            }
            text.append('\n');
            empty = false;
        }

        boolean isEmpty() {
            return empty;
        }

        @Override
        public String toString() {
            return text.toString();
        }

        private void value(Object value) {
            if (value == null) {
                text.append("\\N");
            } else if (value instanceof String s) {
                escaped(s);
            } else if (value instanceof String[] array) {
                escaped(arrayLiteral(array));
            } else if (value instanceof Boolean b) {
                text.append(b ? 't' : 'f');
            } else if (value instanceof BigDecimal number) {
                text.append(number.toPlainString());
            } else if (value instanceof UUID || value instanceof Number || value instanceof java.time.LocalDate
                    || value instanceof java.time.Instant) {
                text.append(value); // ISO-8601 for dates and instants, which PostgreSQL reads as such
            } else {
                throw new IllegalArgumentException("no COPY text for " + value.getClass().getName());
            }
        }

        /** An array literal, {"a","b"}: each element quoted, its quotes and backslashes escaped. */
        private static String arrayLiteral(String[] elements) {
            StringBuilder literal = new StringBuilder("{");
            for (int i = 0; i < elements.length; i++) {
                if (i > 0) {
                    literal.append(',');
                }
                if (elements[i] == null) {
                    literal.append("NULL");
                    continue;
                }
                literal.append('"');
                for (char c : elements[i].toCharArray()) {
                    if (c == '"' || c == '\\') {
                        literal.append('\\');
                    }
                    literal.append(c);
                }
                literal.append('"');
            }
            return literal.append('}').toString();
        }

        private void escaped(String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\\' -> text.append("\\\\");
                    case '\t' -> text.append("\\t");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    default -> text.append(c);
                }
            }
        }
    }
}
