package org.smartlibrary.matching.engine;

/**
 * The figures of how one offering serves one need that choosing a partner's best offering per need and its score
 * read.
 */
interface CoverFigures {

    String needId();

    int priority();

    String offeringId();

    /** Share of the need the offering covers, 0..1. */
    double coverage();

    /** Weighted mean of the criteria, 0..1. */
    double matchScore();
}
