package org.smartlibrary.matching.engine;

/**
 * What the hard gates excluded for one need, as far as the coverage plan explains an unmet need with it.
 *
 * @param onlyOutsideArea        candidates excluded by the service area and nothing else
 * @param onlyConditions         candidates excluded by eligibility (conditions, minimum order, joint application) and nothing else
 * @param firstConditionsReason  the first reason of the first of those (result order); null when there is none
 */
record NeedExclusions(long onlyOutsideArea, long onlyConditions, String firstConditionsReason) {

    static final NeedExclusions NONE = new NeedExclusions(0, 0, null);
}
