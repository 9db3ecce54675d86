package org.smartlibrary.matching.engine;

import java.util.Objects;

/** Why a hard gate excluded a candidate. */
public record ExclusionReason(Gate gate, String text) {

    public ExclusionReason {
        Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(text, "text");
    }
}
