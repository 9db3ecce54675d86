package org.smartlibrary.assessment.service;

import org.smartlibrary.assessment.api.ApiExamples;
import org.smartlibrary.assessment.api.NeedView;
import org.smartlibrary.kit.csv.CsvTable;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The CSV form of an assessment's needs: one row per need, in the order of the list, with the properties of the JSON
 * view as columns in the same order and under the same names.
 */
public final class NeedsCsv {

    public static final List<String> HEADER = List.of("id", "category", "type", "description", "quantity", "unit",
            "amount", "currency", "period", "horizon", "priority", "current_capacity", "goal_id");

    /** The OpenAPI example: the CSV form of the JSON example's needs (the demo data). */
    public static final String EXAMPLE = "id,category,type,description,quantity,unit,amount,currency,period,horizon,"
            + "priority,current_capacity,goal_id\r\n"
            + ApiExamples.NEED_ID + ",TECHNOLOGY,TECHNOLOGY.ROBOTICS,"
            + "Educational robot kits for the weekly teen robotics club,40,kits,,,,SHORT_TERM,4,6,"
            + ApiExamples.GOAL_ID + "\r\n"
            + ApiExamples.MONEY_NEED_ID + ",FINANCIAL,FINANCIAL.STAFFING,"
            + "\"A part-time makerspace coordinator, 45,000 USD a year\",,,45000,USD,YEAR,LONG_TERM,4,,"
            + ApiExamples.GOAL_ID + "\r\n";

    private NeedsCsv() {
    }

    public static CsvTable table(List<NeedView> needs) {
        return new CsvTable(HEADER, needs.stream().map(NeedsCsv::row).toList());
    }

    /** The attachment's name. */
    public static String fileName(UUID assessmentId) {
        return "needs-" + assessmentId + ".csv";
    }

    private static List<Object> row(NeedView need) {
        return Arrays.asList(need.id(), need.category(), need.type(), need.description(), need.quantity(),
                need.unit(), need.amount(), need.currency(), need.period(), need.horizon(), need.priority(),
                need.currentCapacity(), need.goalId());
    }
}
