package org.smartlibrary.assessment.service;

import org.smartlibrary.assessment.api.AssessmentSummary.MoneyTotal;
import org.smartlibrary.assessment.api.AssessmentSummary.QuantityTotal;
import org.smartlibrary.assessment.api.ConsortiumNeedsAggregate;
import org.smartlibrary.assessment.api.ConsortiumNeedsAggregate.TypeAggregate;
import org.smartlibrary.kit.csv.CsvTable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The CSV form of a consortium's needs aggregate, for dashboards: one row per resource type and total, in the order
 * of {@code by_type}. A type's money is one row per currency and period, its quantities one row per unit (never
 * added up across them, as in the JSON form), so a type's counts repeat on each of its rows. The per-category and
 * per-horizon counts of the JSON form are not repeated: the category and the short- and long-term counts are
 * columns.
 */
public final class NeedsAggregateCsv {

    public static final List<String> HEADER = List.of("category", "type", "need_count", "library_count",
            "short_term", "long_term", "average_priority", "unit", "currency", "period", "requested", "gap");

    /** The OpenAPI example: the CSV form of the JSON example (the demo data). */
    public static final String EXAMPLE = "category,type,need_count,library_count,short_term,long_term,"
            + "average_priority,unit,currency,period,requested,gap\r\n"
            + "FINANCIAL,FINANCIAL.EQUIPMENT,1,1,1,0,3.00,,USD,ONE_TIME,45000,45000\r\n"
            + "FINANCIAL,FINANCIAL.STAFFING,1,1,0,1,4.00,,USD,YEAR,45000,45000\r\n"
            + "HUMAN,HUMAN.MENTORING,1,1,0,1,3.00,mentors,,,15,15\r\n"
            + "HUMAN,HUMAN.TECH_EXPERTISE,1,1,0,1,4.00,hours,,,480,480\r\n"
            + "HUMAN,HUMAN.WORKSHOP_VOLUNTEERS,1,1,0,1,3.00,volunteers,,,8,6\r\n"
            + "TECHNOLOGY,TECHNOLOGY.CONNECTIVITY,1,1,1,0,5.00,units,,,80,70\r\n"
            + "TECHNOLOGY,TECHNOLOGY.DEVICES,1,1,1,0,3.00,devices,,,120,85\r\n"
            + "TECHNOLOGY,TECHNOLOGY.FABRICATION,1,1,1,0,4.00,machines,,,3,3\r\n"
            + "TECHNOLOGY,TECHNOLOGY.ROBOTICS,2,2,2,0,3.50,kits,,,52,44\r\n"
            + "TECHNOLOGY,TECHNOLOGY.SOFTWARE,1,1,1,0,3.00,licenses,,,200,175\r\n";

    private NeedsAggregateCsv() {
    }

    public static CsvTable table(ConsortiumNeedsAggregate aggregate) {
        List<List<Object>> rows = new ArrayList<>();
        for (TypeAggregate type : aggregate.byType()) {
            for (MoneyTotal money : type.amounts()) {
                rows.add(row(type, null, money.currency(), money.period(), money.requested(), money.gap()));
            }
            for (QuantityTotal quantity : type.quantities()) {
                rows.add(row(type, quantity.unit(), null, null, quantity.requested(), quantity.gap()));
            }
            if (type.amounts().isEmpty() && type.quantities().isEmpty()) {
                rows.add(row(type, null, null, null, null, null));
            }
        }
        return new CsvTable(HEADER, rows);
    }

    /** The attachment's name. */
    public static String fileName(String consortium) {
        return "needs-aggregate-" + consortium + ".csv";
    }

    private static List<Object> row(TypeAggregate type, String unit, String currency, String period,
                                    BigDecimal requested, BigDecimal gap) {
        return Arrays.asList(type.category(), type.type(), type.needCount(), type.libraryCount(), type.shortTerm(),
                type.longTerm(), type.averagePriority(), unit, currency, period, requested, gap);
    }
}
