package org.smartlibrary.matching.engine;

/** The partner-level criterion values of one partner for one assessment: equal for every need it serves. */
record PartnerFigures(double geography, double reciprocity, double freshness) {
}
