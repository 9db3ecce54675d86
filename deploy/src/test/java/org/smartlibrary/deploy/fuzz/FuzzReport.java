package org.smartlibrary.deploy.fuzz;

import org.smartlibrary.deploy.system.Workload;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a fuzz run found, per service; written as {@code report.md} and {@code report.json}. */
final class FuzzReport {

    /** The outcome of one service's requests. */
    static final class ServiceResult {
        final String service;
        final long seed;
        final String openapiVersion;
        final int operations;
        final int examples;
        long requests;
        long serverErrors;
        long nonConformant;
        long noResponse;
        long closedOversized;
        /** The validating proxy in front of the service, if any. */
        String validatingProxy = "none";
        /** Exchanges the proxy found a request or a response violation in. */
        long proxyRequestViolations;
        long proxyResponseViolations;
        final Map<String, Long> proxyFindings = new TreeMap<>();
        final List<Map<String, Object>> proxyExamples = new ArrayList<>();
        /** Requests both validators (and the proxy, when there is one) accept. */
        long documentAccepted;
        /** Requests both validators accept that the service refused as invalid (400). */
        long acceptedButRefused;
        /** Requests the document refuses that the service accepted (2xx): the document is stricter than the service. */
        long refusedButAccepted;
        final Map<String, Long> acceptedButRefusedFindings = new TreeMap<>();
        final List<Map<String, Object>> acceptedButRefusedExamples = new ArrayList<>();
        final List<Map<String, Object>> refusedButAcceptedExamples = new ArrayList<>();
        double seconds;
        long serviceErrorsLogged;
        boolean readyAfterwards;
        final Map<String, Long> statuses = new TreeMap<>();
        final Map<String, Map<String, Long>> statusesByOperation = new TreeMap<>();
        /** "operation status: first message" → how often, to see the kinds of non-conformance at a glance. */
        final Map<String, Long> findings = new TreeMap<>();
        final List<Map<String, Object>> serverErrorExamples = new ArrayList<>();
        final List<Map<String, Object>> nonConformantExamples = new ArrayList<>();
        final Map<String, Map<String, Object>> firstExampleOfEachFinding = new LinkedHashMap<>();
        final List<Map<String, Object>> noResponseExamples = new ArrayList<>();

        ServiceResult(String service, long seed, String openapiVersion, int operations, int examples) {
            this.service = service;
            this.seed = seed;
            this.openapiVersion = openapiVersion;
            this.operations = operations;
            this.examples = examples;
        }

        void record(RequestGenerator.FuzzRequest request, int status, List<String> problems, String bodySample) {
            requests++;
            String key = Integer.toString(status);
            statuses.merge(key, 1L, Long::sum);
            statusesByOperation.computeIfAbsent(request.operation().toString(), k -> new TreeMap<>()).merge(key, 1L, Long::sum);
            if (status >= 500) {
                serverErrors++;
                if (serverErrorExamples.size() < examples) {
                    serverErrorExamples.add(example(request, status, List.of(), bodySample));
                }
            }
            if (!problems.isEmpty()) {
                nonConformant++;
                if (nonConformantExamples.size() < examples) {
                    nonConformantExamples.add(example(request, status, problems, bodySample));
                }
                String finding = request.operation() + " " + status + ": " + generalize(problems.get(0));
                findings.merge(finding, 1L, Long::sum);
                if (firstExampleOfEachFinding.size() < 100) {
                    firstExampleOfEachFinding.putIfAbsent(finding, example(request, status, problems, bodySample));
                }
            }
        }

        /** What the validating proxy found in one exchange. */
        void proxied(RequestGenerator.FuzzRequest request, int status, ValidatingProxy.Violations violations,
                     String bodySample) {
            if (!violations.request().isEmpty()) {
                proxyRequestViolations++;
            }
            if (!violations.response().isEmpty()) {
                proxyResponseViolations++;
                violations.response().forEach(found -> proxyFindings.merge(
                        request.operation() + " " + status + " response: " + generalize(found), 1L, Long::sum));
                if (proxyExamples.size() < examples) {
                    proxyExamples.add(example(request, status, violations.response(), bodySample));
                }
            }
        }

        /** How the service's answer compares with the document's judgement of the request. */
        void judge(RequestGenerator.FuzzRequest request, int status, List<String> requestProblems,
                   boolean proxyAccepts, String bodySample) {
            if (requestProblems.isEmpty() && proxyAccepts) {
                documentAccepted++;
                if (status == 400) {
                    acceptedButRefused++;
                    acceptedButRefusedFindings.merge(request.operation() + ": " + generalize(bodySample), 1L, Long::sum);
                    if (acceptedButRefusedExamples.size() < examples) {
                        acceptedButRefusedExamples.add(example(request, status, List.of(), bodySample));
                    }
                }
            } else if (status / 100 == 2) {
                refusedButAccepted++;
                if (refusedButAcceptedExamples.size() < examples) {
                    refusedButAcceptedExamples.add(example(request, status, requestProblems, bodySample));
                }
            }
        }

        void closedWhileSendingOversizedBody(RequestGenerator.FuzzRequest request) {
            requests++;
            closedOversized++;
            statuses.merge("closed", 1L, Long::sum);
            statusesByOperation.computeIfAbsent(request.operation().toString(), k -> new TreeMap<>())
                    .merge("closed", 1L, Long::sum);
        }

        void noResponse(RequestGenerator.FuzzRequest request, String error) {
            requests++;
            noResponse++;
            statuses.merge("none", 1L, Long::sum);
            if (noResponseExamples.size() < examples) {
                noResponseExamples.add(example(request, 0, List.of(error), ""));
            }
        }

        boolean passed() {
            boolean conforms = serverErrors == 0 && nonConformant == 0 && noResponse == 0
                    && proxyResponseViolations == 0 && readyAfterwards;
            return ApiFuzzIT.CONFORMANCE_ONLY ? conforms
                    : conforms && acceptedButRefused == 0 && refusedButAccepted == 0;
        }

        String line() {
            return String.format("fuzz: %s %d requests in %.1f s: 5xx %d, non-conformant %d, no response %d, "
                            + "document accepts %d, of them refused %d, document refuses but service accepts %d, "
                            + "statuses %s", service, requests, seconds, serverErrors, nonConformant, noResponse,
                    documentAccepted, acceptedButRefused, refusedButAccepted, statuses);
        }

        private static Map<String, Object> example(RequestGenerator.FuzzRequest request, int status, List<String> problems,
                                                   String bodySample) {
            Map<String, Object> example = new LinkedHashMap<>();
            example.put("request", request.summary());
            example.put("method", request.operation().method());
            example.put("operation", request.operation().path());
            example.put("status", status);
            example.put("messages", problems);
            example.put("response_body", bodySample);
            return example;
        }

        /** Drops request-specific details (ids, numbers, quoted values) so that findings of one kind group. */
        private static String generalize(String message) {
            String general = message.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "<id>")
                    .replaceAll("'[^']{0,200}'", "'…'");
            return general.length() > 240 ? general.substring(0, 240) + "…" : general;
        }

        Map<String, Object> toJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("service", service);
            json.put("seed", seed);
            json.put("openapi", openapiVersion);
            json.put("operations", operations);
            json.put("requests", requests);
            json.put("seconds", Math.round(seconds * 10) / 10.0);
            json.put("server_errors", serverErrors);
            json.put("non_conformant", nonConformant);
            json.put("no_response", noResponse);
            json.put("validating_proxy", validatingProxy);
            json.put("proxy_request_violations", proxyRequestViolations);
            json.put("proxy_response_violations", proxyResponseViolations);
            json.put("proxy_response_findings", proxyFindings);
            json.put("proxy_response_examples", proxyExamples);
            json.put("document_accepted", documentAccepted);
            json.put("document_accepted_service_refused", acceptedButRefused);
            json.put("document_refused_service_accepted", refusedButAccepted);
            json.put("document_accepted_service_refused_by_kind", acceptedButRefusedFindings);
            json.put("document_accepted_service_refused_examples", acceptedButRefusedExamples);
            json.put("document_refused_service_accepted_examples", refusedButAcceptedExamples);
            json.put("closed_while_sending_oversized_body", closedOversized);
            json.put("error_lines_in_service_log", serviceErrorsLogged);
            json.put("ready_afterwards", readyAfterwards);
            json.put("statuses", statuses);
            json.put("statuses_by_operation", statusesByOperation);
            json.put("findings", findings);
            json.put("server_error_examples", serverErrorExamples);
            json.put("non_conformant_examples", nonConformantExamples);
            json.put("first_example_of_each_finding", firstExampleOfEachFinding);
            json.put("no_response_examples", noResponseExamples);
            return json;
        }
    }

    private final long seed;
    private final int requestsPerService;
    private final Map<String, Object> machineBefore;
    private final Map<String, Integer> fixtures;
    private final String fixtureError;
    private final List<ServiceResult> results = new ArrayList<>();
    private Map<String, Object> machineAfter;
    private double seconds;

    FuzzReport(long seed, int requestsPerService, int examples, Map<String, Object> machineBefore,
               Map<String, Integer> fixtures, String fixtureError) {
        this.fixtureError = fixtureError;
        this.seed = seed;
        this.requestsPerService = requestsPerService;
        this.machineBefore = machineBefore;
        this.fixtures = fixtures;
    }

    void add(ServiceResult result) {
        results.add(result);
    }

    void finish(Map<String, Object> machineAfter, double seconds) {
        this.machineAfter = machineAfter;
        this.seconds = seconds;
    }

    boolean passed() {
        return fixtureError == null && results.stream().allMatch(ServiceResult::passed);
    }

    String failureSummary() {
        List<String> parts = new ArrayList<>();
        for (ServiceResult r : results) {
            if (!r.passed()) {
                parts.add(r.service + ": " + r.serverErrors + " × 5xx, " + r.nonConformant + " non-conformant, "
                        + r.noResponse + " without response, " + r.acceptedButRefused
                        + " accepted by the document but refused, " + r.refusedButAccepted
                        + " refused by the document but accepted" + (r.readyAfterwards ? "" : ", not ready afterwards"));
            }
        }
        return String.join("; ", parts);
    }

    String markdown() {
        StringBuilder md = new StringBuilder("# API fuzzing from the OpenAPI documents\n\n");
        md.append("Seed: `").append(seed).append("` (reproduce: `deploy/fuzz/run --seed ").append(seed)
                .append(" --requests ").append(requestsPerService).append("`)  \n");
        md.append("Result: **").append(passed() ? "passed" : "FAILED").append("** in ")
                .append(String.format("%.0f", seconds)).append(" s  \n");
        md.append("Machine before: ").append(machineBefore).append("  \n");
        md.append("Machine after: ").append(machineAfter).append("  \n");
        md.append("Fixtures: ").append(fixtures).append("\n\n");
        if (fixtureError != null) {
            md.append("**The fixtures could not all be seeded**: ").append(escape(fixtureError)).append("\n\n");
        }
        md.append("| service | OpenAPI | operations | requests | s | 5xx | non-conformant | no response | proxy: request "
                + "violations | proxy: response violations | document accepts | of them refused (400) | document "
                + "refuses, service accepts | ERROR log lines | statuses |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (ServiceResult r : results) {
            md.append(String.format("| %s | %s | %d | %d | %.0f | %d | %d | %d | %d | %d | %d | %d | %d | %d | %s |%n",
                    r.service, r.openapiVersion, r.operations, r.requests, r.seconds, r.serverErrors, r.nonConformant,
                    r.noResponse, r.proxyRequestViolations, r.proxyResponseViolations, r.documentAccepted,
                    r.acceptedButRefused, r.refusedButAccepted, r.serviceErrorsLogged, r.statuses));
        }
        md.append("\nValidating proxy: ").append(results.isEmpty() ? "none" : results.get(0).validatingProxy).append("\n");
        for (ServiceResult r : results) {
            md.append("\n## ").append(r.service).append("\n\n");
            md.append("Statuses per operation:\n\n| operation | statuses |\n|---|---|\n");
            r.statusesByOperation.forEach((op, s) -> md.append("| ").append(op).append(" | ").append(s).append(" |\n"));
            if (!r.findings.isEmpty()) {
                md.append("\nNon-conformance by kind (operation, status, first message):\n\n| count | finding |\n|---|---|\n");
                r.findings.forEach((f, n) -> md.append("| ").append(n).append(" | ").append(escape(f)).append(" |\n"));
            }
            appendExamples(md, "5xx responses", r.serverErrorExamples);
            appendExamples(md, "Non-conformant responses (first " + r.examples + ")", r.nonConformantExamples);
            appendExamples(md, "No response", r.noResponseExamples);
            if (!r.acceptedButRefusedFindings.isEmpty()) {
                md.append("\nAccepted by the document, refused by the service (operation: problem):\n\n| count | kind |\n|---|---|\n");
                r.acceptedButRefusedFindings.forEach((f, n) -> md.append("| ").append(n).append(" | ").append(escape(f)).append(" |\n"));
            }
            if (!r.proxyFindings.isEmpty()) {
                md.append("\nResponse violations the proxy found:\n\n| count | finding |\n|---|---|\n");
                r.proxyFindings.forEach((f, n) -> md.append("| ").append(n).append(" | ").append(escape(f)).append(" |\n"));
            }
            appendExamples(md, "Accepted by the document, refused by the service", r.acceptedButRefusedExamples);
            appendExamples(md, "Refused by the document, accepted by the service", r.refusedButAcceptedExamples);
        }
        return md.toString();
    }

    private static void appendExamples(StringBuilder md, String title, List<Map<String, Object>> examples) {
        if (examples.isEmpty()) {
            return;
        }
        md.append("\n").append(title).append(":\n\n");
        for (Map<String, Object> e : examples) {
            md.append("- ").append(escape(String.valueOf(e.get("request")))).append(" → **").append(e.get("status"))
                    .append("** ").append(escape(String.valueOf(e.get("messages")))).append("  \n  response: `")
                    .append(escape(String.valueOf(e.get("response_body"))).replace("`", "'")).append("`\n");
        }
    }

    private static String escape(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    void write(Path directory) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("harness", "API fuzzing from the services' OpenAPI documents (deploy/fuzz/run)");
        json.put("seed", seed);
        json.put("requests_per_service", requestsPerService);
        json.put("passed", passed());
        json.put("seconds", Math.round(seconds));
        json.put("machine_before", machineBefore);
        json.put("machine_after", machineAfter);
        json.put("fixtures", fixtures);
        json.put("fixture_error", fixtureError);
        json.put("services", results.stream().map(ServiceResult::toJson).toList());
        Files.createDirectories(directory);
        // String.getBytes replaces what UTF-8 cannot encode (the fuzzer sends lone surrogates) instead of failing
        Files.write(directory.resolve("report.md"), markdown().getBytes(StandardCharsets.UTF_8));
        Files.write(directory.resolve("report.json"),
                Workload.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json).getBytes(StandardCharsets.UTF_8));
    }
}
