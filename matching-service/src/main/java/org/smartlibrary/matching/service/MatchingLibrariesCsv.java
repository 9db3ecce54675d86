package org.smartlibrary.matching.service;

import org.smartlibrary.kit.csv.CsvTable;
import org.smartlibrary.kit.paging.Page;
import org.smartlibrary.matching.api.MatchFlag;
import org.smartlibrary.matching.api.MatchingLibrary;
import org.smartlibrary.matching.api.RecommendationContent.CoveredNeed;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The CSV form of a page of a partner's matching libraries: one row per library's assessment, in the order of the
 * page, with the number and the types of the needs the partner covers there and the flags of those covers (each
 * list distinct and joined with {@code ;}).
 */
public final class MatchingLibrariesCsv {

    public static final List<String> HEADER = List.of("assessment_id", "revision", "recommendation_set_version",
            "library_id", "library_name", "region", "city", "rank", "score", "covered_needs", "covered_need_types",
            "need_flags", "latest_outcome", "generated_at");

    /** The OpenAPI example: the CSV form of the JSON example (the demo data). */
    public static final String EXAMPLE = "assessment_id,revision,recommendation_set_version,library_id,library_name,"
            + "region,city,rank,score,covered_needs,covered_need_types,need_flags,latest_outcome,generated_at\r\n"
            + "6f1c2a4e-8d3b-4c5a-9e7f-0a1b2c3d4e5f,1,2,3b9d6c1e-2f4a-4e8b-a7c5-1d2e3f4a5b6c,"
            + "Northgate Community Library,Washington,Seattle,1,0.1612,1,TECHNOLOGY.ROBOTICS,,CONTACTED,"
            + "2027-01-11T09:00:03.004Z\r\n";

    private MatchingLibrariesCsv() {
    }

    public static CsvTable table(Page<MatchingLibrary> page) {
        return new CsvTable(HEADER, page.items().stream().map(MatchingLibrariesCsv::row).toList());
    }

    /** The attachment's name. */
    public static String fileName(UUID partnerId) {
        return "matching-libraries-" + partnerId + ".csv";
    }

    private static List<Object> row(MatchingLibrary library) {
        List<CoveredNeed> covered = library.coveredNeeds();
        String types = covered.stream().map(CoveredNeed::needType).distinct().collect(Collectors.joining(";"));
        List<MatchFlag> flags = covered.stream().flatMap(need -> need.flags().stream()).distinct().toList();
        return Arrays.asList(library.assessmentId(), library.revision(), library.recommendationSetVersion(),
                library.libraryId(), library.libraryName(), library.region(), library.city(), library.rank(),
                library.score(), covered.size(), types, RecommendationsCsv.joined(flags), library.latestOutcome(),
                library.generatedAt());
    }
}
