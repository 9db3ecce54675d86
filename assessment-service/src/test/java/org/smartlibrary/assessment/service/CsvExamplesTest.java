package org.smartlibrary.assessment.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import org.junit.jupiter.api.Test;
import org.smartlibrary.assessment.api.ApiExamples;
import org.smartlibrary.assessment.api.ConsortiumNeedsAggregate;
import org.smartlibrary.assessment.api.NeedView;
import org.smartlibrary.kit.csv.CsvTable;

import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The CSV examples of the OpenAPI document are what the service writes for the JSON examples beside them. */
class CsvExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    @Test
    void theNeedsExampleIsTheCsvFormOfTheJsonExample() throws Exception {
        List<NeedView> needs = JSON.readValue(ApiExamples.NEED_LIST, new TypeReference<>() { });
        assertEquals(NeedsCsv.EXAMPLE, written(NeedsCsv.table(needs)));
    }

    @Test
    void theAggregateExampleIsTheCsvFormOfTheJsonExample() throws Exception {
        ConsortiumNeedsAggregate aggregate = JSON.readValue(ApiExamples.CONSORTIUM_AGGREGATE,
                ConsortiumNeedsAggregate.class);
        assertEquals(NeedsAggregateCsv.EXAMPLE, written(NeedsAggregateCsv.table(aggregate)));
    }

    private static String written(CsvTable table) {
        StringWriter out = new StringWriter();
        table.writeTo(out);
        return out.toString();
    }
}
