package fr.portailfamilles.payment.control;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** How a payment is spread: the part put on each invoice (oldest first), and what is left as the household's credit. */
public record Allocation(Map<Long, BigDecimal> parts, BigDecimal credit) {

    public Allocation {
        parts = Collections.unmodifiableMap(new LinkedHashMap<>(parts));
    }

    public BigDecimal allocated() {
        return parts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
