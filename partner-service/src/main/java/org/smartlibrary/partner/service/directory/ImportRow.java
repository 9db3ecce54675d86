package org.smartlibrary.partner.service.directory;

import org.smartlibrary.kit.problem.Problem.FieldError;
import org.smartlibrary.partner.api.DirectoryPartner;

import java.util.List;

/**
 * One record read from a directory file: the partner (null when nothing usable could be read), the line where the
 * record starts (1-based) and what could not be read (field + message); an import refuses a row with errors.
 */
public record ImportRow(long line, DirectoryPartner partner, List<FieldError> errors) {

    public ImportRow {
        errors = List.copyOf(errors);
    }

    public static ImportRow of(long line, DirectoryPartner partner) {
        return new ImportRow(line, partner, List.of());
    }

    public static ImportRow unreadable(long line, String field, String message) {
        return new ImportRow(line, null, List.of(new FieldError(field, message)));
    }
}
