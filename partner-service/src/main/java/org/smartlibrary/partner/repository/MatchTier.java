package org.smartlibrary.partner.repository;

import java.util.Arrays;
import java.util.Optional;

/**
 * How strongly a partner matches a full-text query: by the narrowest part of its directory entry that matches the
 * whole query on its own. The parts are nested (name within profile within the whole entry), so every match has
 * exactly one tier. Each part is a weight-filtered view of the stored {@code search_vector} with its own GIN index
 * (migration V3): name = weight A, profile = name + description = weights A and B, anywhere = also the offering
 * descriptions (C).
 */
public enum MatchTier {

    /** The name alone matches the query. */
    NAME(3, 1.0f, "ts_filter(p.search_vector, '{a}')"),
    /** Name and description together match it, the name alone does not. */
    PROFILE(2, 0.4f, "ts_filter(p.search_vector, '{a,b}')"),
    /** Only with the offering descriptions does the partner match. */
    ANYWHERE(1, 0.2f, "p.search_vector");

    private final int level;
    private final float relevance;
    private final String part;

    MatchTier(int level, float relevance, String part) {
        this.level = level;
        this.relevance = relevance;
        this.part = part;
    }

    /** Higher is more relevant; what the relevance cursor carries. */
    public int level() {
        return level;
    }

    /** The relevance shown in search results: the tsvector weight of the part (A 1.0, B 0.4, C 0.2). */
    public float relevance() {
        return relevance;
    }

    /**
     * SQL that holds when the query matches this tier's part of partner {@code p}: an expression with its own GIN
     * index. A negated word may let a part match without the whole entry matching: check the whole entry as well.
     */
    String partMatches() {
        return part + " @@ query";
    }

    /** SQL that holds when partner {@code p} is in this tier, given that it matches the query. */
    String condition() {
        MatchTier above = above();
        return above == null ? partMatches() : partMatches() + " AND NOT " + above.partMatches();
    }

    /** SQL for the tier level of partner {@code p}, given that it matches the query. */
    static String levelOf() {
        StringBuilder sql = new StringBuilder("CASE");
        for (MatchTier tier : values()) {
            sql.append(tier.ordinal() < values().length - 1
                    ? " WHEN " + tier.partMatches() + " THEN " + tier.level : " ELSE " + tier.level);
        }
        return sql.append(" END").toString();
    }

    /** The next more relevant tier, or null for the most relevant. */
    private MatchTier above() {
        return ordinal() == 0 ? null : values()[ordinal() - 1];
    }

    public static Optional<MatchTier> ofLevel(int level) {
        return Arrays.stream(values()).filter(tier -> tier.level == level).findFirst();
    }
}
