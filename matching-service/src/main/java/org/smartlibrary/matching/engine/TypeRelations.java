package org.smartlibrary.matching.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The taxonomy's "related types" relation, made symmetric (the taxonomy declares it symmetric; a one-sided
 * declaration is completed rather than trusted to be consistent). The service builds it from the taxonomy file.
 */
public final class TypeRelations {

    private static final TypeRelations NONE = new TypeRelations(Map.of());

    private final Map<String, SortedSet<String>> relatedByType;

    private TypeRelations(Map<String, SortedSet<String>> relatedByType) {
        this.relatedByType = relatedByType;
    }

    public static TypeRelations none() {
        return NONE;
    }

    /** @param declared type code to the type codes declared related to it */
    public static TypeRelations of(Map<String, ? extends Collection<String>> declared) {
        Map<String, SortedSet<String>> related = new HashMap<>();
        declared.forEach((type, others) -> {
            for (String other : others) {
                if (!type.equals(other)) {
                    related.computeIfAbsent(type, key -> new TreeSet<>()).add(other);
                    related.computeIfAbsent(other, key -> new TreeSet<>()).add(type);
                }
            }
        });
        Map<String, SortedSet<String>> frozen = new HashMap<>();
        related.forEach((type, others) -> frozen.put(type, Collections.unmodifiableSortedSet(others)));
        return new TypeRelations(Map.copyOf(frozen));
    }

    /** The types related to {@code type}, sorted; never contains {@code type} itself. */
    public SortedSet<String> relatedTo(String type) {
        return relatedByType.getOrDefault(type, Collections.emptySortedSet());
    }

    /** The types whose offerings can serve a need of {@code needType}: the type itself first, then related types. */
    public List<String> candidateTypes(String needType) {
        List<String> types = new ArrayList<>();
        types.add(needType);
        types.addAll(relatedTo(needType));
        return List.copyOf(types);
    }
}
