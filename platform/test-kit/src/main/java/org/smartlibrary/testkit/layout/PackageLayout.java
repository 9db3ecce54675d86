package org.smartlibrary.testkit.layout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks that a service's main sources keep the one service shape: the top-level packages under the service's base
 * package are only {@link #PACKAGES}, their dependencies point one way and they form no cycle.
 *
 * <p>A plain source scan, no class files needed: every {@code .java} file under the source root is read, comments
 * and string literals are blanked, and each reference to {@code <base>.<package>} (import, static import or fully
 * qualified name in code) counts as a dependency of the file's top-level package on {@code <package>}. Sub-packages
 * count as their top-level package ({@code rest.dto} is {@code rest}); classes directly in the base package count
 * as a package {@code (base)}, which is not one of the allowed ones.
 *
 * <p>Rules, each reported with every offending file, line and reference:
 * <ul>
 *   <li>no cycle among the top-level packages;</li>
 *   <li>nothing outside {@code rest} imports {@code rest};</li>
 *   <li>{@code model} imports nothing of the service but {@code model};</li>
 *   <li>{@code repository} imports only {@code model}, {@code repository}, {@code config};</li>
 *   <li>{@code api} imports only {@code api}, {@code model};</li>
 *   <li>{@code events} imports neither {@code service}, {@code rest} nor {@code messaging};</li>
 *   <li>{@code service} imports neither {@code rest} nor {@code messaging};</li>
 *   <li>{@code engine} imports nothing of the service outside {@code engine};</li>
 *   <li>every top-level package is one of {@link #PACKAGES}.</li>
 * </ul>
 * Imports of anything outside the service (the kits, libraries) are not restricted here.
 *
 * <pre>{@code
 * PackageLayout.of(Path.of("src/main/java"), "org.smartlibrary.assessment").assertLayout();
 * }</pre>
 */
public final class PackageLayout {

    /** The top-level packages a service may have, in the order of the layout table. */
    public static final List<String> PACKAGES =
            List.of("rest", "api", "service", "model", "repository", "events", "messaging", "config", "engine");

    /** The pseudo-package of classes placed directly in the base package. */
    static final String BASE = "(base)";

    private final Path root;
    private final String basePackage;
    private final List<Reference> references = new ArrayList<>();
    /** top-level package -> files in it (relative to the source root). */
    private final Map<String, Set<String>> files = new TreeMap<>();

    private PackageLayout(Path root, String basePackage) {
        this.root = root;
        this.basePackage = basePackage;
    }

    /**
     * Scans the sources.
     *
     * @param mainSources the source root, e.g. {@code src/main/java}
     * @param basePackage the service's base package, e.g. {@code org.smartlibrary.assessment}
     */
    public static PackageLayout of(Path mainSources, String basePackage) {
        if (!basePackage.matches("[a-zA-Z_]\\w*(\\.[a-zA-Z_]\\w*)*")) {
            throw new IllegalArgumentException("not a package name: " + basePackage);
        }
        if (!Files.isDirectory(mainSources)) {
            throw new IllegalArgumentException("no source directory " + mainSources.toAbsolutePath());
        }
        PackageLayout layout = new PackageLayout(mainSources, basePackage);
        try (Stream<Path> walk = Files.walk(mainSources)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p))
                    .sorted().toList()) {
                layout.scan(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (layout.files.isEmpty()) {
            throw new IllegalArgumentException("no Java sources of package " + basePackage + " under "
                    + mainSources.toAbsolutePath());
        }
        return layout;
    }

    /** Fails with an {@link AssertionError} naming every offence, if there is any. */
    public void assertLayout() {
        List<String> violations = violations();
        if (!violations.isEmpty()) {
            throw new AssertionError("Package layout of " + basePackage + " (" + root + ") breaks the service shape, "
                    + violations.size() + " finding(s):\n\n" + String.join("\n\n", violations));
        }
    }

    /** Every offence, one entry per rule and package (pair), each listing its files and references. */
    public List<String> violations() {
        List<String> out = new ArrayList<>();
        out.addAll(unknownPackages());
        out.addAll(cycles());
        out.addAll(directions());
        return out;
    }

    /** The top-level packages found, each with the top-level packages it depends on (itself excluded). */
    public Map<String, Set<String>> dependencies() {
        Map<String, Set<String>> graph = new TreeMap<>();
        files.keySet().forEach(p -> graph.put(p, new TreeSet<>()));
        for (Reference r : references) {
            if (!r.from.equals(r.to)) {
                graph.computeIfAbsent(r.from, k -> new TreeSet<>()).add(r.to);
                graph.computeIfAbsent(r.to, k -> new TreeSet<>());
            }
        }
        return graph;
    }

    // ---------------------------------------------------------------------------------------------------------------

    private List<String> unknownPackages() {
        List<String> out = new ArrayList<>();
        Set<String> unknown = new TreeSet<>();
        files.keySet().stream().filter(p -> !PACKAGES.contains(p)).forEach(unknown::add);
        references.stream().map(r -> r.to).filter(p -> !PACKAGES.contains(p)).forEach(unknown::add);
        for (String pkg : unknown) {
            StringBuilder b = new StringBuilder(pkg.equals(BASE)
                    ? "classes directly in " + basePackage + ": every class belongs in one of " + PACKAGES
                    : "package " + basePackage + "." + pkg + " is not one of the service's packages " + PACKAGES);
            for (String f : files.getOrDefault(pkg, Set.of())) {
                b.append("\n  ").append(f);
            }
            references.stream().filter(r -> r.to.equals(pkg) && !r.from.equals(pkg))
                    .forEach(r -> b.append("\n  referenced by ").append(r));
            out.add(b.toString());
        }
        return out;
    }

    private List<String> directions() {
        Map<String, List<Reference>> byRule = new LinkedHashMap<>();
        for (Reference r : references) {
            if (r.from.equals(r.to)) {
                continue;
            }
            String rule = rule(r.from, r.to);
            if (rule != null) {
                byRule.computeIfAbsent(r.from + " -> " + r.to + ": " + rule, k -> new ArrayList<>()).add(r);
            }
        }
        List<String> out = new ArrayList<>();
        new TreeMap<>(byRule).forEach((head, refs) -> {
            StringBuilder b = new StringBuilder("import against the direction, " + head);
            refs.forEach(r -> b.append("\n  ").append(r));
            out.add(b.toString());
        });
        return out;
    }

    /** The rule that forbids {@code from} to depend on {@code to} (two different packages), or null if allowed. */
    static String rule(String from, String to) {
        if (to.equals("rest")) {
            return "nothing outside rest imports rest";
        }
        return switch (from) {
            case "model" -> "model imports nothing of the service but model";
            case "repository" -> Set.of("model", "config").contains(to) ? null
                    : "repository imports only model, repository and config";
            case "api" -> to.equals("model") ? null : "api imports only api and model";
            case "events" -> Set.of("service", "messaging").contains(to)
                    ? "events imports neither service, rest nor messaging" : null;
            case "service" -> to.equals("messaging") ? "service imports neither rest nor messaging" : null;
            case "engine" -> "engine imports nothing of the service outside engine";
            default -> null;
        };
    }

    private List<String> cycles() {
        Map<String, Set<String>> graph = dependencies();
        List<String> out = new ArrayList<>();
        for (Set<String> component : stronglyConnected(graph)) {
            if (component.size() < 2) {
                continue;
            }
            String first = component.iterator().next();
            List<String> path = shortestCycle(graph, component, first);
            StringBuilder b = new StringBuilder("package cycle among " + component + ", e.g. "
                    + String.join(" -> ", path) + "; the references that close it:");
            references.stream()
                    .filter(r -> !r.from.equals(r.to) && component.contains(r.from) && component.contains(r.to))
                    .sorted(Comparator.comparing(Reference::from).thenComparing(Reference::to))
                    .forEach(r -> b.append("\n  ").append(r.from).append(" -> ").append(r.to).append(": ").append(r));
            out.add(b.toString());
        }
        return out;
    }

    /** Tarjan's algorithm, components in a stable order, members sorted. */
    private static List<Set<String>> stronglyConnected(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<Set<String>> components = new ArrayList<>();
        int[] counter = {0};
        for (String v : graph.keySet()) {
            if (!index.containsKey(v)) {
                strongConnect(v, graph, index, low, stack, onStack, components, counter);
            }
        }
        components.sort((a, b) -> a.iterator().next().compareTo(b.iterator().next()));
        return components;
    }

    private static void strongConnect(String v, Map<String, Set<String>> graph, Map<String, Integer> index,
                                      Map<String, Integer> low, Deque<String> stack, Set<String> onStack,
                                      List<Set<String>> components, int[] counter) {
        index.put(v, counter[0]);
        low.put(v, counter[0]);
        counter[0]++;
        stack.push(v);
        onStack.add(v);
        for (String w : graph.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                strongConnect(w, graph, index, low, stack, onStack, components, counter);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            Set<String> component = new TreeSet<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            components.add(component);
        }
    }

    /** A shortest path start -> ... -> start inside the component (breadth first). */
    private static List<String> shortestCycle(Map<String, Set<String>> graph, Set<String> component, String start) {
        Map<String, String> previous = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add(start);
        while (!queue.isEmpty()) {
            String v = queue.poll();
            for (String w : graph.getOrDefault(v, Set.of())) {
                if (!component.contains(w)) {
                    continue;
                }
                if (w.equals(start)) {
                    List<String> path = new ArrayList<>();
                    path.add(start);
                    for (String x = v; x != null; x = previous.get(x)) {
                        path.add(0, x);
                    }
                    return path;
                }
                if (!previous.containsKey(w)) {
                    previous.put(w, v);
                    queue.add(w);
                }
            }
        }
        return List.of(start); // not reached for a component of two or more
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

    private void scan(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String code = blankCommentsAndLiterals(text);
        Matcher pkg = PACKAGE.matcher(code);
        if (!pkg.find()) {
            return; // default package: not part of the service
        }
        String from = topLevel(pkg.group(1));
        if (from == null) {
            return; // another package tree under the same source root
        }
        String relative = root.relativize(file).toString().replace('\\', '/');
        files.computeIfAbsent(from, k -> new TreeSet<>()).add(relative);

        String[] originalLines = text.split("\r\n|\r|\n", -1);
        Pattern ref = Pattern.compile("(?<![\\w.])" + Pattern.quote(basePackage) + "((?:\\s*\\.\\s*[\\w*]+)+)");
        Matcher m = ref.matcher(code);
        int searchFrom = pkg.end();
        while (m.find(searchFrom)) {
            searchFrom = m.end();
            String rest = m.group(1).replaceAll("\\s+", "");
            String first = rest.substring(1).split("\\.")[0];
            String to = first.equals("*") || Character.isUpperCase(first.charAt(0)) ? BASE : first;
            int line = lineOf(code, m.start());
            references.add(new Reference(from, to, relative, line, originalLines[line - 1].strip()));
        }
    }

    /** The top-level package under the base package, {@link #BASE} for the base package itself, null outside it. */
    private String topLevel(String packageName) {
        if (packageName.equals(basePackage)) {
            return BASE;
        }
        if (!packageName.startsWith(basePackage + ".")) {
            return null;
        }
        return packageName.substring(basePackage.length() + 1).split("\\.")[0];
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * The source with comments, string literals (text blocks included) and char literals replaced by spaces, line
     * breaks kept, so that offsets and line numbers stay those of the file.
     */
    static String blankCommentsAndLiterals(String text) {
        String s = text.replace("\r\n", "\n").replace('\r', '\n');
        char[] out = s.toCharArray();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            int end;
            if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
                end = s.indexOf('\n', i);
                end = end < 0 ? n : end;
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                end = s.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
            } else if (s.startsWith("\"\"\"", i)) {
                end = i + 3;
                while (end < n && !s.startsWith("\"\"\"", end)) {
                    end += s.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(n, end + 3);
            } else if (c == '"' || c == '\'') {
                end = i + 1;
                while (end < n && s.charAt(end) != c && s.charAt(end) != '\n') {
                    end += s.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(n, end + 1);
            } else {
                i++;
                continue;
            }
            for (int k = i; k < end; k++) {
                if (out[k] != '\n') {
                    out[k] = ' ';
                }
            }
            i = end;
        }
        return new String(out);
    }

    /** One reference from a file of package {@code from} to the top-level package {@code to}. */
    private record Reference(String from, String to, String file, int line, String text) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + text;
        }
    }
}
