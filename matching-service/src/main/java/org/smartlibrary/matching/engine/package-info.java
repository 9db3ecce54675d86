/**
 * The matching engine: pure Java 17, no framework imports, so it can be unit-tested in isolation and reused.
 *
 * <p>The service layer keeps one {@link org.smartlibrary.matching.engine.OfferingIndex} of the partner read model
 * (upsert/remove a whole partner snapshot as {@code partner-directory} records arrive), builds
 * {@link org.smartlibrary.matching.engine.TypeRelations} from the taxonomy file, and calls
 * {@link org.smartlibrary.matching.engine.MatchingEngine#match} with the completed assessment and "today".
 *
 * <p>Pipeline per assessment: candidates of the need's type and related types from the index,
 * {@link org.smartlibrary.matching.engine.HardGates} (excluded candidates keep their reasons),
 * {@link org.smartlibrary.matching.engine.NeedOfferingScorer} (one {@link org.smartlibrary.matching.engine.CriterionScore}
 * per criterion), {@link org.smartlibrary.matching.engine.PartnerAggregator} (ranking) and
 * {@link org.smartlibrary.matching.engine.CoveragePlanner} (greedy weighted set cover, unmet needs).
 *
 * <p>Codes are the taxonomy's plain strings (see {@code contracts/taxonomy/taxonomy-v1.json}); criterion and
 * unmet-reason enums use the taxonomy's {@code match_criteria} and {@code unmet_reasons} codes.
 */
package org.smartlibrary.matching.engine;
