package org.smartlibrary.matching.service;

import org.smartlibrary.kit.csv.CsvTable;
import org.smartlibrary.matching.api.MatchFlag;
import org.smartlibrary.matching.api.RecommendationContent.CoveredNeed;
import org.smartlibrary.matching.api.RecommendationContent.ExplanationItem;
import org.smartlibrary.matching.api.RecommendationContent.Recommendation;
import org.smartlibrary.matching.api.RecommendationsView;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The CSV form of an assessment's recommendations: one row per recommended partner and need it covers, in the
 * order of the ranking and of the partner's covered needs. A row holds the partner's figures and flags, the cover's
 * figures and flags (flags joined with {@code ;}), and the text of the explanation item about the need that weighs
 * most (the first of equal weights; CAPACITY, which states the quantity or amount covered). The coverage plan, the
 * unmet needs and the alternatives are the JSON form's only. While PENDING there are no rows.
 */
public final class RecommendationsCsv {

    public static final List<String> HEADER = List.of("rank", "partner_id", "partner_name", "partner_type",
            "verification", "score", "partner_coverage", "match_quality", "partner_flags", "need_id", "need_type",
            "priority", "offering_id", "offering_type", "need_coverage", "partial", "match_score", "need_flags",
            "explanation");

    /** The OpenAPI example: the CSV form of the READY example (the demo data). */
    public static final String EXAMPLE = "rank,partner_id,partner_name,partner_type,verification,score,"
            + "partner_coverage,match_quality,partner_flags,need_id,need_type,priority,offering_id,offering_type,"
            + "need_coverage,partial,match_score,need_flags,explanation\r\n"
            + "1,9a7e5c3b-1d2f-4a6b-8c9d-0e1f2a3b4c5d,Cascade Robotics Cooperative,PRIVATE_COMPANY,UNVERIFIED,0.1612,"
            + "0.1739,0.8542,UNVERIFIED,4c8e2a6f-0b1d-4e3f-9a5b-7c6d8e9f0a1b,TECHNOLOGY.ROBOTICS,4,"
            + "7d2b9e4a-6c1f-4b8d-a3e5-2f0c9b8a7d6e,TECHNOLOGY.ROBOTICS,1,false,0.8542,,"
            + "capacity 60 ≥ gap 34 kits (need 40 − current 6): full cover\r\n";

    /** need_id .. need_flags: empty for a partner without a covered need. */
    private static final int COVER_COLUMNS = 9;

    private RecommendationsCsv() {
    }

    public static CsvTable table(RecommendationsView view) {
        List<List<Object>> rows = new ArrayList<>();
        List<Recommendation> recommendations = view.recommendations() == null ? List.of() : view.recommendations();
        for (Recommendation recommendation : recommendations) {
            if (recommendation.coveredNeeds().isEmpty()) {
                rows.add(row(recommendation, null));
            }
            recommendation.coveredNeeds().forEach(covered -> rows.add(row(recommendation, covered)));
        }
        return new CsvTable(HEADER, rows);
    }

    /** The attachment's name. */
    public static String fileName(UUID assessmentId) {
        return "recommendations-" + assessmentId + ".csv";
    }

    /** Flag codes joined with {@code ;}, in their order. */
    static String joined(List<MatchFlag> flags) {
        return flags.stream().map(Enum::name).collect(Collectors.joining(";"));
    }

    private static List<Object> row(Recommendation partner, CoveredNeed covered) {
        List<Object> cells = new ArrayList<>(Arrays.asList(partner.rank(), partner.partnerId(), partner.partnerName(),
                partner.partnerType(), partner.verification(), partner.score(), partner.coverage(),
                partner.matchQuality(), joined(partner.flags())));
        UUID needId = covered == null ? null : covered.needId();
        cells.addAll(covered == null ? Collections.nCopies(COVER_COLUMNS, null)
                : Arrays.asList(covered.needId(), covered.needType(), covered.priority(), covered.offeringId(),
                        covered.offeringType(), covered.coverage(), covered.partial(), covered.matchScore(),
                        joined(covered.flags())));
        cells.add(topExplanation(partner.explanation(), needId));
        return cells;
    }

    /** The text of the heaviest explanation item about the need (partner-level items when the need is null). */
    private static String topExplanation(List<ExplanationItem> explanation, UUID needId) {
        ExplanationItem top = null;
        for (ExplanationItem item : explanation) {
            if (Objects.equals(item.needId(), needId) && (top == null || item.weight() > top.weight())) {
                top = item;
            }
        }
        return top == null ? null : top.text();
    }
}
