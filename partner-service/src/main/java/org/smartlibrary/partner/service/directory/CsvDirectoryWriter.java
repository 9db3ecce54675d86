package org.smartlibrary.partner.service.directory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.smartlibrary.kit.csv.CsvWriter;
import org.smartlibrary.partner.api.DirectoryOffering;
import org.smartlibrary.partner.api.DirectoryPartner;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** CSV ({@link CsvDirectoryColumns}): a header row, then one row per offering, RFC 4180, UTF-8, CRLF. */
public final class CsvDirectoryWriter implements DirectoryWriter {

    private static final List<Object> NO_OFFERING = Arrays.asList(new Object[CsvDirectoryColumns.OFFERING.size()]);

    private final CsvWriter csv;
    private final ObjectMapper mapper;

    public CsvDirectoryWriter(OutputStream out, ObjectMapper mapper) {
        this.csv = new CsvWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        this.mapper = mapper;
    }

    @Override
    public void start() {
        csv.row(CsvDirectoryColumns.ALL);
    }

    @Override
    public void write(DirectoryPartner partner) {
        List<Object> partnerCells = partnerCells(partner);
        if (partner.offerings() == null || partner.offerings().isEmpty()) {
            csv.row(concat(partnerCells, NO_OFFERING));
            return;
        }
        for (DirectoryOffering offering : partner.offerings()) {
            csv.row(concat(partnerCells, offeringCells(offering)));
        }
    }

    @Override
    public void finish() {
        csv.flush();
    }

    private static List<Object> partnerCells(DirectoryPartner p) {
        return Arrays.asList(p.id(), p.externalId(), p.orgRegistryId(), p.name(), p.partnerType(), p.description(),
                p.website(), p.contact() == null ? null : p.contact().name(),
                p.contact() == null ? null : p.contact().email(),
                p.serviceArea() == null ? null : p.serviceArea().remote(),
                p.serviceArea() == null ? null : p.serviceArea().national(),
                p.serviceArea() == null ? null : joined(p.serviceArea().regions()),
                p.serviceArea() == null ? null : joined(p.serviceArea().cities()),
                joined(p.seeks()), p.verification(), p.lastConfirmedAt(), p.source(), null);
    }

    private List<Object> offeringCells(DirectoryOffering o) {
        return Arrays.asList(o.id(), o.externalId(), o.category(), o.type(), o.description(), o.quantity(), o.unit(),
                o.amount(), o.currency(), o.period(), o.availableFrom(), o.availableUntil(), o.horizon(),
                o.minOrder() == null ? null : o.minOrder().quantity(),
                o.minOrder() == null ? null : o.minOrder().unit(),
                o.minOrder() == null ? null : o.minOrder().amount(),
                o.minOrder() == null ? null : o.minOrder().currency(),
                o.minJointLibraries(), conditions(o), o.status());
    }

    private String conditions(DirectoryOffering offering) {
        if (offering.conditions() == null || offering.conditions().isEmpty()) {
            return null;
        }
        try {
            return mapper.writeValueAsString(offering.conditions());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String joined(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join(CsvDirectoryColumns.LIST_SEPARATOR, values);
    }

    private static List<Object> concat(List<Object> first, List<Object> second) {
        List<Object> row = new ArrayList<>(first);
        row.addAll(second);
        return row;
    }
}
