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
 * <p>Consortium (pooled) matching: {@link org.smartlibrary.matching.engine.ConsortiumPool#of} keeps one assessment per
 * member library and pools the members' needs per type and measure ({@code NeedPooling}: the pool key is
 * {@code <type>|<measure key>}, the pooled quantity the sum of the members' gaps);
 * {@link org.smartlibrary.matching.engine.MatchingEngine#matchPool} runs the pooled needs through the same pipeline.
 * Only the libraries applying per need differ ({@code MatchContext}): a minimum order is met by the pooled quantity, a
 * joint-application rule by the number of contributing libraries, and the service area must include every
 * contributing library. Each member's {@link org.smartlibrary.matching.engine.MemberShare} of a pooled need is pro
 * rata to its gap.
 *
 * <p>Capacity contention (fair use of scarce partner capacity): the caller may pass an
 * {@link org.smartlibrary.matching.engine.OfferingDemand} — what the OTHER current recommendation sets already ask of
 * each offering (the sum of their plans' {@link org.smartlibrary.matching.engine.OfferingAsk}s, in the offering's
 * capacity measure) and how many libraries ask. A cover asks the need's gap, capped at the offering's capacity, in
 * the offering's terms ({@code CapacityCriterion.asked}: 40 of 500 kits for a gap of 40; 30000 of a one-time
 * 100000 EUR spread over three years for 10000 EUR a year); 0 when either states no quantity. Only a finite capacity
 * (stated, above 0) can be contended ({@code Contention}).
 * <ul>
 *   <li>A cover is flagged {@link org.smartlibrary.matching.engine.Flag#OVERSUBSCRIBED} (so is its recommendation)
 *       when others ask for some of the offering and what they ask plus what the cover asks exceeds the capacity; its
 *       CAPACITY text adds e.g. "3 other libraries ask for 480 kits, of a capacity of 500 kits; with this library 520 > 500".</li>
 *   <li>The coverage plan balances ({@code CoveragePlanner}): when the partner a greedy step would add relies, for a
 *       need it adds to, on an offering others ask for, and a partner not yet planned adds the same — covers every
 *       one of those needs (of the need's exact type, as every cover) in full — with a ranking score at most
 *       {@link org.smartlibrary.matching.engine.MatchSettings#contentionMargin()} (default 0.05) lower and a lower
 *       contention ((asked by others + asked by this match) / capacity of its most contended offering among those
 *       needs; an unlimited offering counts 0), the step adds that partner instead (the least contended, then the
 *       better-ranked) and the planned partner says why
 *       ({@link org.smartlibrary.matching.engine.PlannedPartner#balancedInsteadOf()}, a
 *       {@link org.smartlibrary.matching.engine.BalancedChoice}: "chosen over Cascade Robotics (score 0.98 vs 0.97):
 *       1 other library asks for 40 kits of its capacity of 40 kits; with this library's 40 that is 200%, against
 *       100% for Brook Robotics"). A partner that adds less, covers only partly or
 *       scores lower by more than the margin is no equivalent: the plan keeps the contended partner, flagged.</li>
 *   <li>Scores and the ranking never read the demand; without it ({@code OfferingDemand.NONE}, the overloads
 *       without a demand) nothing is flagged or balanced. A pooled match reads the demand the same way ("with this
 *       consortium").</li>
 * </ul>
 *
 * <p>Codes are the taxonomy's plain strings (see {@code contracts/taxonomy/taxonomy-v1.json}); criterion, flag,
 * exclusion-reason and unmet-reason enums use the taxonomy's {@code match_criteria}, {@code match_flags},
 * {@code exclusion_reasons} and {@code unmet_reasons} codes.
 */
package org.smartlibrary.matching.engine;
