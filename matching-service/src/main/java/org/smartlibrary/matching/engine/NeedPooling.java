package org.smartlibrary.matching.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Pools the needs of a consortium's members per type and measure. A need's measure key is {@code unit:<unit>} for a
 * quantity (unit lower-cased), {@code money:<CURRENCY>:<PERIOD>} for money (ONE_TIME when no period is given) and
 * {@code unstated} for a need stating neither; its pool key, the pooled need's id, is {@code <type>|<measure key>},
 * e.g. {@code TECHNOLOGY.SOFTWARE|unit:seats}. So money given per month and per year, or in two currencies, is
 * never summed.
 *
 * <p>A pooled need sums the members' gaps (quantity or amount minus current capacity) and has no current capacity of
 * its own; its unit, currency, period and category are those of its first contribution, its priority the highest
 * and its horizon SHORT_TERM when any contributing need is short-term, LONG_TERM otherwise. A need whose measure is
 * stated but whose gap is 0 (the library already has what it needs) does not contribute: a library asks for
 * nothing there, so it neither counts towards a joint application nor receives a share. A need without a stated
 * measure contributes a gap of 0, and its pooled need states no quantity either.
 */
final class NeedPooling {

    static final String UNSTATED = "unstated";

    private static final Comparator<PoolContribution> CONTRIBUTION_ORDER = Comparator
            .comparing(PoolContribution::libraryId).thenComparing(PoolContribution::needId);
    private static final Comparator<PooledNeed> POOL_ORDER = Comparator
            .comparingInt((PooledNeed pooled) -> -pooled.need().priority())
            .thenComparing(pooled -> pooled.need().id());

    private NeedPooling() {
    }

    /** One member's need and what it contributes to its pooled need. */
    private record MemberNeed(NeedInput need, PoolContribution contribution) {

        static MemberNeed of(AssessmentInput assessment, NeedInput need, BigDecimal gap) {
            return new MemberNeed(need, new PoolContribution(assessment.library().id(), assessment.id(),
                    assessment.revision(), need.id(), gap == null ? BigDecimal.ZERO : gap));
        }
    }

    /** The pooled needs of these members, highest priority first, then by pool key. */
    static List<PooledNeed> pool(List<AssessmentInput> members) {
        Map<String, List<MemberNeed>> groups = new LinkedHashMap<>();
        for (AssessmentInput member : members) {
            for (NeedInput need : member.needs()) {
                BigDecimal gap = need.gap();
                if (gap != null && gap.signum() == 0) {
                    continue;
                }
                groups.computeIfAbsent(key(need), key -> new ArrayList<>()).add(MemberNeed.of(member, need, gap));
            }
        }
        List<PooledNeed> pooled = new ArrayList<>(groups.size());
        groups.forEach((key, group) -> pooled.add(pooled(key, group)));
        pooled.sort(POOL_ORDER);
        return pooled;
    }

    /** The pool key of a need: {@code <type>|<measure key>}. */
    static String key(NeedInput need) {
        return need.type() + "|" + measureKey(need.measure());
    }

    static String measureKey(Measure measure) {
        return switch (measure.kind()) {
            case QUANTITY -> "unit:" + (measure.unit() == null ? "" : measure.unit().toLowerCase(Locale.ROOT));
            case MONEY -> "money:" + (measure.unit() == null ? "" : measure.unit().toUpperCase(Locale.ROOT)) + ":"
                    + measure.period().name();
            case NOT_STATED -> UNSTATED;
        };
    }

    private static PooledNeed pooled(String key, List<MemberNeed> group) {
        group.sort(Comparator.comparing(MemberNeed::contribution, CONTRIBUTION_ORDER));
        List<PoolContribution> contributions = group.stream().map(MemberNeed::contribution).toList();
        NeedInput first = group.get(0).need();
        Measure measure = first.measure();
        BigDecimal total = measure.stated()
                ? contributions.stream().map(PoolContribution::gap).reduce(BigDecimal.ZERO, BigDecimal::add) : null;
        boolean shortTerm = group.stream().anyMatch(member -> !member.need().longTerm());
        int priority = group.stream().mapToInt(member -> member.need().priority()).max().orElseThrow();
        String horizon = shortTerm ? Codes.SHORT_TERM : Codes.LONG_TERM;
        NeedInput need = switch (measure.kind()) {
            case QUANTITY -> new NeedInput(key, first.category(), first.type(), total, first.unit(), null, null, null,
                    horizon, priority, null, null);
            case MONEY -> new NeedInput(key, first.category(), first.type(), null, null, total, first.currency(),
                    measure.period().name(), horizon, priority, null, null);
            case NOT_STATED -> new NeedInput(key, first.category(), first.type(), null, null, null, null, null,
                    horizon, priority, null, null);
        };
        return new PooledNeed(need, contributions);
    }
}
