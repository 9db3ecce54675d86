package org.smartlibrary.kit.csv;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.smartlibrary.kit.problem.ProblemException;
import org.smartlibrary.kit.security.Roles;

import java.math.BigDecimal;
import java.util.List;

/** A report with a JSON and a CSV form, answered the way a service's report operations answer. */
@Path("/csv-reports")
public class CsvReportResource {

    /** One line of the report. */
    public record Line(String name, BigDecimal total) {
    }

    static final List<Line> LINES = List.of(new Line("Robot kits, \"large\"", new BigDecimal("-5")),
            new Line("=cmd|' /C calc'!A0", new BigDecimal("12.50")));

    @Context
    HttpHeaders headers;

    @GET
    @Path("/{name}")
    @PermitAll
    @Produces({MediaType.APPLICATION_JSON, CsvResponses.MEDIA_TYPE})
    public Response report(@PathParam("name") String name) {
        if ("missing".equals(name)) {
            throw ProblemException.notFound("report", name);
        }
        List<Line> lines = "empty".equals(name) ? List.of() : LINES;
        Response json = Response.ok(lines).tag("7").header("Link", "</csv-reports/next>; rel=\"next\"").build();
        return CsvResponses.negotiate(headers, json, "report " + name + ".csv", () -> new CsvTable(
                List.of("name", "total"), lines.stream().map(line -> List.of(line.name(), line.total())).toList()));
    }

    @GET
    @Path("/secured/{name}")
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Produces({MediaType.APPLICATION_JSON, CsvResponses.MEDIA_TYPE})
    public Response secured(@PathParam("name") String name) {
        return report(name);
    }
}
