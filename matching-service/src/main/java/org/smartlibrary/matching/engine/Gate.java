package org.smartlibrary.matching.engine;

/** The hard gates a (need, offering) candidate must pass before it is scored, each a {@link HardGate} object. */
public enum Gate {
    /** The partner's verification was rejected. */
    VERIFICATION,
    /** The offering is not ACTIVE. */
    STATUS,
    /** The availability window ended, or starts later than the need's horizon allows. */
    AVAILABILITY,
    /** The offering's category differs from the need's (the type itself is exact: only its bucket is examined). */
    TYPE,
    /** Money for a quantity need (or the reverse), a different unit or currency, or no capacity left. */
    MEASURE,
    /** The partner does not serve the library's city or region and is neither remote nor national. */
    SERVICE_AREA,
    /** An eligibility condition the library cannot meet. */
    CONDITIONS,
    /** The partner's minimum order is more than the library needs. */
    MIN_ORDER,
    /** The partner accepts only joint applications of more libraries than apply. */
    JOINT_APPLICATION;

    /** This gate's bit in a set of failed gates. */
    int bit() {
        return 1 << ordinal();
    }
}
