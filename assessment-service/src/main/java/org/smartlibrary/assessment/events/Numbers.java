package org.smartlibrary.assessment.events;

import java.math.BigDecimal;

/** Numbers as people wrote them: 300 rather than the column's 300.0000. */
public final class Numbers {

    private Numbers() {
    }

    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
