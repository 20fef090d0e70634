package fr.portailfamilles.billing.control;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A chunk of households' charges for a month. A household that cannot be priced (a charge without tariff…) is in
 * {@code notPriced} with what is missing, in French, and the run skips it rather than bill part of its month.
 */
public record MonthCharges(Map<Long, List<Charge>> byHousehold, Map<Long, String> notPriced) {

    public MonthCharges {
        byHousehold = Map.copyOf(byHousehold);
        notPriced = Map.copyOf(notPriced);
    }

    public List<Charge> of(long householdId) {
        return byHousehold.getOrDefault(householdId, List.of());
    }

    public Optional<String> notPricedReason(long householdId) {
        return Optional.ofNullable(notPriced.get(householdId));
    }
}
