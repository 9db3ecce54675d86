/**
 * The matching engine: pure Java 17, no framework imports, so it can be unit-tested in isolation and reused.
 *
 * <p>The service layer keeps one {@link org.smartlibrary.matching.engine.OfferingIndex} of the partner read model
 * (upsert/remove a whole partner snapshot as {@code partner-directory} records arrive), builds
 * {@link org.smartlibrary.matching.engine.TypeRelations} from the taxonomy file, and calls
 * {@link org.smartlibrary.matching.engine.MatchingEngine#match} with the completed assessment and the match date.
 *
 * <p>Pipeline per assessment: gates → criteria → per-partner aggregate → plan → explain. Candidates are the
 * offerings of each need's exact type from the index; every {@link org.smartlibrary.matching.engine.HardGate}
 * (combined in {@code HardGates}) decides whether a candidate may be scored, every
 * {@link org.smartlibrary.matching.engine.NeedCriterion} and {@link org.smartlibrary.matching.engine.PartnerCriterion}
 * (combined in {@code Criteria}) gives one value; {@code PartnerAggregator} keeps the best offering per need,
 * scores and ranks; {@code CoveragePlanner} chooses a few partners that together cover the most (capacity adds up,
 * overlapping time does not) and names the unmet needs. Each gate and criterion explains itself from the value it
 * computed, only for what the result keeps ({@link org.smartlibrary.matching.engine.MatchLimits}). Offerings of
 * related types are only listed as {@link org.smartlibrary.matching.engine.Alternative}s.
 *
 * <p>Codes are the taxonomy's plain strings (see {@code contracts/taxonomy/taxonomy-v1.json}); criterion, flag,
 * exclusion-reason and unmet-reason enums use the taxonomy's {@code match_criteria}, {@code match_flags},
 * {@code exclusion_reasons} and {@code unmet_reasons} codes.
 */
package org.smartlibrary.matching.engine;
