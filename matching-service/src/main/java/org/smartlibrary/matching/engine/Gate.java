package org.smartlibrary.matching.engine;

/** The hard gates a (need, offering) candidate must pass before it is scored. */
public enum Gate {
    /** The partner's verification was rejected. */
    VERIFICATION,
    /** The offering is not ACTIVE. */
    STATUS,
    /** The availability window ended, or starts too far in the future. */
    AVAILABILITY,
    /** Neither the need's type nor a related type, or a category mismatch. */
    TYPE,
    /** Money for a quantity need (or the reverse), a different unit or currency, or no capacity left. */
    MEASURE,
    /** The partner does not serve the library's city or region and is neither remote nor national. */
    SERVICE_AREA,
    /** An eligibility condition the library cannot meet. */
    CONDITIONS;

    /** This gate's bit in a set of failed gates ({@code HardGates.failures}). */
    int bit() {
        return 1 << ordinal();
    }
}
