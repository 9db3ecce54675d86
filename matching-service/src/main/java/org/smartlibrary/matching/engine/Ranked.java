package org.smartlibrary.matching.engine;

/**
 * What the ranking order reads of a partner, so scored candidates during a match and finished recommendations are
 * ordered by one definition ({@link PartnerAggregator#RANKING_ORDER}).
 */
interface Ranked {

    String partnerId();

    String partnerName();

    double score();

    double coveredPriorityWeight();

    boolean verified();

    /** The listing is stale on the match date. */
    boolean stale();
}
