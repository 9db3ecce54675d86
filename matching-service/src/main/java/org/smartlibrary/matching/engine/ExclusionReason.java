package org.smartlibrary.matching.engine;

import java.util.Objects;

/** Why a hard gate excluded a candidate: the gate, the reason code and a text naming the figures. */
public record ExclusionReason(Gate gate, ExclusionCode code, String text) {

    public ExclusionReason {
        Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
    }

    ExclusionReason(ExclusionCode code, String text) {
        this(code.gate(), code, text);
    }
}
