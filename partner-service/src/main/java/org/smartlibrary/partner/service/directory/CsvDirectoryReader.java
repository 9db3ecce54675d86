package org.smartlibrary.partner.service.directory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.smartlibrary.kit.http.TextInput;
import org.smartlibrary.kit.problem.Problem.FieldError;
import org.smartlibrary.kit.problem.ProblemMappers;
import org.smartlibrary.partner.api.ConditionDto;
import org.smartlibrary.partner.api.ContactDto;
import org.smartlibrary.partner.api.DirectoryOffering;
import org.smartlibrary.partner.api.DirectoryPartner;
import org.smartlibrary.partner.api.MinOrderDto;
import org.smartlibrary.partner.api.ServiceAreaDto;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * CSV: one offering per row with the partner's columns repeated ({@link CsvDirectoryColumns}). Consecutive rows of
 * the same partner (same partner_id, else external_id, else org_registry_id, else name) form one record; their
 * partner columns must agree. An empty cell is an absent value. A cell that a CSV export protected against formula
 * injection (a ' before = + - @) is read without the '.
 */
public final class CsvDirectoryReader implements DirectoryReader {

    private static final TypeReference<List<ConditionDto>> CONDITIONS = new TypeReference<>() {
    };

    private final InputStream in;
    private final CsvRecords records;
    private final ObjectMapper mapper;
    private List<String> header;
    private CsvRecords.CsvRecord pending;

    public CsvDirectoryReader(InputStream in, ObjectMapper mapper) {
        this.in = in;
        this.records = new CsvRecords(in, NdjsonDirectoryReader.MAX_LINE_BYTES);
        this.mapper = mapper;
    }

    /** Reads and checks the header row; refuses a file without one or with a wrong one. */
    public List<String> header() throws IOException {
        if (header == null) {
            CsvRecords.CsvRecord first = records.next()
                    .orElseThrow(() -> new MalformedDirectoryFile("the CSV file is empty: it needs a header row"));
            if (!first.readable()) {
                throw new MalformedDirectoryFile("the CSV header cannot be read: " + first.problem());
            }
            List<String> names = first.cells().stream().map(String::trim).toList();
            CsvDirectoryColumns.checkHeader(names);
            header = names;
        }
        return header;
    }

    @Override
    public Optional<ImportRow> next() throws IOException {
        header();
        CsvRecords.CsvRecord first = pending != null ? pending : records.next().orElse(null);
        pending = null;
        if (first == null) {
            return Optional.empty();
        }
        if (!first.readable()) {
            return Optional.of(ImportRow.unreadable(first.line(), "line", first.problem()));
        }
        if (first.cells().size() != header.size()) {
            return Optional.of(ImportRow.unreadable(first.line(), "line", "has " + first.cells().size()
                    + " cells, the header has " + header.size()));
        }
        Map<String, String> partnerCells = cells(first);
        List<Map<String, String>> rows = new ArrayList<>(List.of(partnerCells));
        List<Long> lines = new ArrayList<>(List.of(first.line()));
        while (true) {
            CsvRecords.CsvRecord next = records.next().orElse(null);
            if (next == null) {
                break;
            }
            if (!next.readable() || next.cells().size() != header.size()
                    || !partnerKey(cells(next)).equals(partnerKey(partnerCells))) {
                pending = next;
                break;
            }
            rows.add(cells(next));
            lines.add(next.line());
        }
        return Optional.of(partner(first.line(), rows, lines));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private ImportRow partner(long line, List<Map<String, String>> rows, List<Long> lines) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, String> first = rows.get(0);
        for (int i = 1; i < rows.size(); i++) {
            for (String column : CsvDirectoryColumns.PARTNER) {
                if (!Objects.equals(first.get(column), rows.get(i).get(column))) {
                    errors.add(new FieldError(column, "line " + lines.get(i) + " differs from line " + line
                            + ", the first row of this partner: the partner columns repeat the same values"));
                }
            }
        }
        Cells cells = new Cells(first, errors, "");
        String contactName = cells.text("contact_name");
        String contactEmail = cells.text("contact_email");
        List<DirectoryOffering> offerings = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Cells row = new Cells(rows.get(i), errors, rows.size() == 1 ? "" : "line " + lines.get(i) + ": ");
            if (row.hasOffering()) {
                offerings.add(row.offering());
            }
        }
        DirectoryPartner partner = new DirectoryPartner(cells.uuid("partner_id"), cells.text("external_id"),
                cells.text("org_registry_id"), cells.text("name"), cells.text("partner_type"),
                cells.text("description"),
                new ServiceAreaDto(cells.bool("remote"), cells.bool("national"), cells.list("regions"),
                        cells.list("cities")),
                cells.text("website"),
                contactName == null && contactEmail == null ? null : new ContactDto(contactName, contactEmail),
                cells.list("seeks"), cells.text("verification"), cells.date("last_confirmed_at"),
                cells.text("source"), cells.bool("confirm_distinct"), offerings);
        return new ImportRow(line, errors.isEmpty() ? partner : null, errors);
    }

    private Map<String, String> cells(CsvRecords.CsvRecord record) {
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            cells.put(header.get(i), record.cells().get(i));
        }
        return cells;
    }

    private static String partnerKey(Map<String, String> cells) {
        for (String column : List.of("partner_id", "external_id", "org_registry_id", "name")) {
            String value = cells.get(column);
            if (value != null && !value.isBlank()) {
                return column + ":" + value.trim();
            }
        }
        return "";
    }

    /** The cells of one row, read into values; what cannot be read is added to the errors. */
    private final class Cells {

        private final Map<String, String> cells;
        private final List<FieldError> errors;
        private final String where;

        Cells(Map<String, String> cells, List<FieldError> errors, String where) {
            this.cells = cells;
            this.errors = errors;
            this.where = where;
        }

        boolean hasOffering() {
            return CsvDirectoryColumns.OFFERING.stream().anyMatch(c -> text(c) != null);
        }

        DirectoryOffering offering() {
            BigDecimal minQuantity = number("min_order_quantity");
            String minUnit = text("min_order_unit");
            BigDecimal minAmount = number("min_order_amount");
            String minCurrency = text("min_order_currency");
            boolean minOrder = minQuantity != null || minUnit != null || minAmount != null || minCurrency != null;
            return new DirectoryOffering(uuid("offering_id"), text("offering_external_id"), text("category"),
                    text("type"), text("offering_description"), number("quantity"), text("unit"), number("amount"),
                    text("currency"), text("period"), date("available_from"), date("available_until"),
                    text("horizon"), conditions(),
                    minOrder ? new MinOrderDto(minQuantity, minUnit, minAmount, minCurrency) : null,
                    whole("min_joint_libraries"), text("status"));
        }

        /** The cell's text, trimmed; null when the column is absent or the cell empty or blank. */
        String text(String column) {
            String value = cells.get(column);
            if (value == null || value.isEmpty() || TextInput.isBlank(value)) {
                return null;
            }
            if (value.indexOf('\u0000') >= 0) {
                error(column, "must not contain the NUL character (U+0000)");
                return null;
            }
            if (value.length() > 1 && value.charAt(0) == '\'' && "=+-@\t\r".indexOf(value.charAt(1)) >= 0) {
                return value.substring(1).trim(); // protected by an export against formula injection
            }
            return value.trim();
        }

        List<String> list(String column) {
            String value = text(column);
            return value == null ? List.of() : Arrays.stream(value.split(CsvDirectoryColumns.LIST_SEPARATOR))
                    .map(String::trim).filter(s -> !s.isEmpty()).toList();
        }

        Boolean bool(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "true" -> true;
                case "false" -> false;
                default -> {
                    error(column, "must be true or false, not '" + value + "'");
                    yield null;
                }
            };
        }

        BigDecimal number(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return new BigDecimal(value);
            } catch (NumberFormatException e) {
                error(column, "must be a number written like 1250 or 1250.50 (no thousands separators), not '"
                        + value + "'");
                return null;
            }
        }

        Integer whole(String column) {
            BigDecimal value = number(column);
            if (value == null) {
                return null;
            }
            try {
                return value.intValueExact();
            } catch (ArithmeticException e) {
                error(column, "must be a whole number, not " + value.toPlainString());
                return null;
            }
        }

        LocalDate date(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                error(column, "must be a date written year-month-day, e.g. 2026-01-31, not '" + value + "'");
                return null;
            }
        }

        UUID uuid(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return UUID.fromString(value);
            } catch (IllegalArgumentException e) {
                error(column, "must be a UUID (it is the id of an exported row), not '" + value + "'");
                return null;
            }
        }

        List<ConditionDto> conditions() {
            String value = text("conditions");
            if (value == null) {
                return List.of();
            }
            try {
                List<ConditionDto> conditions = mapper.readValue(value, CONDITIONS);
                return conditions == null ? List.of() : conditions;
            } catch (JsonProcessingException e) {
                error("conditions", "must be a JSON array of conditions as in the API, e.g. "
                        + "[{\"code\":\"MIN_AUDIENCE\",\"value\":20}]: "
                        + ProblemMappers.unreadable(e).fieldErrors("conditions").stream()
                        .map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; ")));
                return List.of();
            }
        }

        private void error(String column, String message) {
            errors.add(new FieldError(column, where + message));
        }
    }
}
