package org.smartlibrary.deploy.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One matching scenario of test-kit ({@code scenarios/<name>.json}), made runnable against the live services:
 * every date moved so that its distance to the match date becomes its distance to {@code today}, every region
 * and city renamed with the scenario's name (so that two scenarios never share a place), and what the REST APIs
 * cannot create (an EXPIRED offering, a window that already ended) left out together with the expectations
 * about it.
 */
final class Scenario {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final String FOLDER = "scenarios";
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Freshness is judged on the match date; over the REST API every listing is confirmed on registration. */
    private static final int STALE_AFTER_MONTHS = 12;

    final String name;
    final ObjectNode root;
    final LocalDate originalMatchDate;
    final LocalDate matchDate;
    /** Why the services cannot reproduce this scenario; empty when they can. */
    final List<String> notReproducible = new ArrayList<>();
    /** What was left out or changed to run it over the REST APIs (reported, not hidden). */
    final List<String> adaptations = new ArrayList<>();

    private Scenario(String name, ObjectNode root, LocalDate today) {
        this.name = name;
        this.root = root;
        this.originalMatchDate = LocalDate.parse(root.path("match_date").asText());
        this.matchDate = today;
        shiftDates(root);
        renamePlaces();
        judgeReproducibility();
    }

    /** The scenario file {@code scenarios/<name>.json} from the class path (test-kit's resources). */
    static Scenario load(String name, LocalDate today) {
        String resource = FOLDER + "/" + name + ".json";
        try (InputStream in = Scenario.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path (test-kit's resources)");
            }
            return new Scenario(name, (ObjectNode) JSON.readTree(in), today);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + resource, e);
        }
    }

    /** The names of every scenario file in test-kit's {@code scenarios/} folder (a directory or inside the jar). */
    static List<String> available() {
        URL folder = Scenario.class.getClassLoader().getResource(FOLDER);
        if (folder == null) {
            return List.of();
        }
        try {
            URI uri = folder.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    return names(FileSystems.getFileSystem(uri).getPath(FOLDER));
                } catch (FileSystemNotFoundException e) {
                    try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                        return names(jar.getPath(FOLDER));
                    }
                }
            }
            return names(Path.of(uri));
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("could not list " + folder, e);
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".json"))
                    .map(f -> f.substring(0, f.length() - ".json".length()))
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new)).stream().toList();
        }
    }

    JsonNode library() {
        return root.path("library");
    }

    List<JsonNode> needs() {
        return list(root.path("needs"));
    }

    List<JsonNode> partners() {
        return list(root.path("partners"));
    }

    List<JsonNode> libraryOffers() {
        return list(root.path("library_offers"));
    }

    JsonNode expect() {
        return root.path("expect");
    }

    /** The story, for failure messages. */
    String story() {
        return root.path("story").asText("");
    }

    static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    /** A region or city as this scenario names it on the live services. */
    String place(String name) {
        return name + " [" + this.name + "]";
    }

    /**
     * Moves a date by the scenario's distance between match date and today. A date a whole number of months and at
     * least a year away keeps that many months (the engine's long-term lead, horizon and staleness are counted in
     * months and years: "exactly 24 months from now" stays exactly 24 months on any day); any other date keeps its
     * number of days (the short-term lead is 90 days: "exactly 90 days" stays 90 days).
     */
    LocalDate shift(LocalDate date) {
        long months = ChronoUnit.MONTHS.between(originalMatchDate, date);
        if (Math.abs(months) >= 12 && originalMatchDate.plusMonths(months).equals(date)) {
            return matchDate.plusMonths(months);
        }
        return matchDate.plusDays(ChronoUnit.DAYS.between(originalMatchDate, date));
    }

    private void shiftDates(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (isDate(field.getValue())) {
                    field.setValue(TextNode.valueOf(shift(LocalDate.parse(field.getValue().asText())).toString()));
                } else {
                    shiftDates(field.getValue());
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (isDate(array.get(i))) {
                    array.set(i, TextNode.valueOf(shift(LocalDate.parse(array.get(i).asText())).toString()));
                } else {
                    shiftDates(array.get(i));
                }
            }
        }
    }

    private static boolean isDate(JsonNode node) {
        return node.isTextual() && DATE.matcher(node.asText()).matches();
    }

    private void renamePlaces() {
        ObjectNode library = (ObjectNode) root.path("library");
        library.put("region", place(library.path("region").asText()));
        library.put("city", place(library.path("city").asText()));
        for (JsonNode partner : partners()) {
            JsonNode area = partner.path("service_area");
            renameAll(area.path("regions"));
            renameAll(area.path("cities"));
            for (JsonNode offering : list(partner.path("offerings"))) {
                for (JsonNode condition : list(offering.path("conditions"))) {
                    if ("REGION_ONLY".equals(condition.path("code").asText())) {
                        renameAll(condition.path("value"));
                    }
                }
            }
        }
    }

    private void renameAll(JsonNode names) {
        if (names instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isTextual()) {
                    array.set(i, TextNode.valueOf(place(array.get(i).asText())));
                }
            }
        }
    }

    /**
     * The REST APIs set a partner's last confirmation to the day it registers and cannot create an EXPIRED
     * offering or one whose window already ended. Such offerings are left out with their expectations; a scenario
     * whose outcome depends on stale listings, or that states the library's matching funds (the assessment API has
     * no such field), cannot be reproduced.
     */
    private void judgeReproducibility() {
        if (root.path("has_matching_funds").asBoolean(false) || root.path("library").path("has_matching_funds").asBoolean(false)) {
            notReproducible.add("the library states matching funds: the assessment API and event have no such field");
        }
        if (expect().toString().contains("STALE_LISTING")) {
            notReproducible.add("its expectations are about STALE_LISTING: over the REST API every partner is confirmed "
                    + "the day it registers");
        }
        for (JsonNode partner : partners()) {
            Optional<LocalDate> confirmed = Optional.ofNullable(partner.get("last_confirmed"))
                    .filter(JsonNode::isTextual).map(n -> LocalDate.parse(n.asText()));
            if (confirmed.isEmpty() || confirmed.get().plusMonths(STALE_AFTER_MONTHS).isBefore(matchDate)) {
                notReproducible.add("partner " + partner.path("key").asText() + " is a stale listing (last confirmed "
                        + confirmed.map(LocalDate::toString).orElse("never") + "): over the REST API it would be fresh");
            }
            for (JsonNode offering : list(partner.path("offerings"))) {
                String why = notCreatable(offering);
                if (why != null) {
                    String key = offering.path("key").asText();
                    adaptations.add("offering " + key + " left out (" + why + ") with its expectations");
                }
            }
        }
        for (String key : List.of("library_offers", "needs", "partners", "expect", "match_date", "library")) {
            if (root.path(key).isMissingNode()) {
                notReproducible.add("no " + key);
            }
        }
    }

    /** Why partner-service cannot create this offering as the scenario states it, or null. */
    String notCreatable(JsonNode offering) {
        String status = offering.path("status").asText("ACTIVE");
        if ("EXPIRED".equals(status)) {
            return "status EXPIRED is set by partner-service when a window ends, not through the API";
        }
        JsonNode until = offering.path("available_until");
        if (until.isTextual() && LocalDate.parse(until.asText()).isBefore(matchDate)) {
            return "its window ended on " + until.asText() + ", and partner-service refuses an available_until in the past";
        }
        if (!List.of("ACTIVE", "PAUSED", "WITHDRAWN").contains(status)) {
            return "status " + status + " cannot be created";
        }
        return null;
    }

    boolean reproducible() {
        return notReproducible.isEmpty();
    }
}
