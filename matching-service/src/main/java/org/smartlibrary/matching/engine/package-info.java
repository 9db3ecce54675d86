/**
 * The matching engine: pure Java 17, no framework imports, so it can be unit-tested in isolation and reused.
 *
 * <p>The service layer keeps one {@link org.smartlibrary.matching.engine.OfferingIndex} of the partner read model
 * (upsert/remove a whole partner snapshot as {@code partner-directory} records arrive), builds
 * {@link org.smartlibrary.matching.engine.TypeRelations} from the taxonomy file, and calls
 * {@link org.smartlibrary.matching.engine.MatchingEngine#match} with the completed assessment and "today".
 *
 * <p>Pipeline per assessment: candidates of the need's type and related types from the index,
 * {@link org.smartlibrary.matching.engine.HardGates} (which gates fail), {@link org.smartlibrary.matching.engine.NeedOfferingScorer}
 * (one value per criterion), {@link org.smartlibrary.matching.engine.PartnerAggregator} (best offering per need, score,
 * ranking order) and {@link org.smartlibrary.matching.engine.CoveragePlanner} (greedy weighted set cover, unmet needs).
 * Deciding and ranking run on figures only, for every candidate; the texts of explanations and exclusion reasons
 * ({@link org.smartlibrary.matching.engine.CriterionScore}, {@link org.smartlibrary.matching.engine.ExclusionReason})
 * are built afterwards through the same predicates and value functions, only for what the result keeps
 * ({@link org.smartlibrary.matching.engine.MatchLimits}). {@code FiguresAgreeWithExplanationsTest} checks that both
 * paths agree exactly.
 *
 * <p>Codes are the taxonomy's plain strings (see {@code contracts/taxonomy/taxonomy-v1.json}); criterion and
 * unmet-reason enums use the taxonomy's {@code match_criteria} and {@code unmet_reasons} codes.
 */
package org.smartlibrary.matching.engine;
