package org.smartlibrary.matching.service;

import org.smartlibrary.matching.engine.AssessmentInput;
import org.smartlibrary.matching.engine.MatchResult;
import org.smartlibrary.matching.engine.NeedInput;
import org.smartlibrary.matching.engine.OfferingAsk;
import org.smartlibrary.matching.engine.PlannedPartner;
import org.smartlibrary.matching.engine.PoolContribution;
import org.smartlibrary.matching.engine.PooledMatchResult;
import org.smartlibrary.matching.engine.PooledNeed;
import org.smartlibrary.matching.repository.OfferingAsks.Ask;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a coverage plan asks of each offering, per library, as stored in {@code offering_ask}: one row per library and
 * offering (the asks of several needs on one offering summed). A library's plan asks for its own library; a
 * consortium's pooled ask is split over the members contributing to the pooled need, pro rata to their gaps.
 */
final class PlanAsks {

    private static final int SCALE = 4;

    private PlanAsks() {
    }

    /** The asks of one library's plan. */
    static List<Ask> of(MatchResult result, AssessmentInput assessment) {
        UUID library = UUID.fromString(assessment.library().id());
        Map<String, NeedInput> needs = assessment.needs().stream()
                .collect(Collectors.toMap(NeedInput::id, Function.identity()));
        List<Ask> asks = new ArrayList<>();
        for (PlannedPartner partner : result.coveragePlan().partners()) {
            for (OfferingAsk ask : partner.asks()) {
                asks.add(new Ask(library, UUID.fromString(ask.offeringId()), UUID.fromString(partner.partnerId()),
                        needs.get(ask.needId()).type(), ask.quantity()));
            }
        }
        return summed(asks);
    }

    /** The asks of a consortium's pooled plan, split over the contributing members. */
    static List<Ask> of(PooledMatchResult pooled) {
        Map<String, PooledNeed> needs = pooled.needs().stream()
                .collect(Collectors.toMap(need -> need.need().id(), Function.identity()));
        List<Ask> asks = new ArrayList<>();
        for (PlannedPartner partner : pooled.result().coveragePlan().partners()) {
            for (OfferingAsk ask : partner.asks()) {
                PooledNeed need = needs.get(ask.needId());
                BigDecimal pooledGap = need.contributions().stream().map(PoolContribution::gap)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                for (PoolContribution contribution : need.contributions()) {
                    BigDecimal share = pooledGap.signum() == 0 ? BigDecimal.ZERO
                            : ask.quantity().multiply(contribution.gap()).divide(pooledGap, SCALE, RoundingMode.HALF_UP);
                    asks.add(new Ask(UUID.fromString(contribution.libraryId()), UUID.fromString(ask.offeringId()),
                            UUID.fromString(partner.partnerId()), need.need().type(), share));
                }
            }
        }
        return summed(asks);
    }

    /** One row per library and offering. */
    private static List<Ask> summed(List<Ask> asks) {
        Map<List<UUID>, Ask> byKey = new LinkedHashMap<>();
        for (Ask ask : asks) {
            byKey.merge(List.of(ask.libraryId(), ask.offeringId()), ask, (first, second) -> new Ask(first.libraryId(),
                    first.offeringId(), first.partnerId(), first.offeringType(), first.quantity().add(second.quantity())));
        }
        return List.copyOf(byKey.values());
    }
}
