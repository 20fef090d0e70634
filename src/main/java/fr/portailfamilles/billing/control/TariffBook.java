package fr.portailfamilles.billing.control;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The tariffs a run reads, found by unit or service and day. */
public final class TariffBook {

    private record Item(ChargeKind kind, long itemId) {
    }

    private final Map<Item, List<TariffTerms>> byItem;

    private TariffBook(Map<Item, List<TariffTerms>> byItem) {
        this.byItem = byItem;
    }

    public static TariffBook of(Collection<TariffTerms> tariffs) {
        return new TariffBook(tariffs.stream().collect(Collectors.groupingBy(t -> new Item(t.kind(), t.itemId()))));
    }

    /** The tariff of the unit or service valid that day: at most one, since a unit's tariffs never share a day. */
    public Optional<TariffTerms> on(ChargeKind kind, long itemId, LocalDate day) {
        return byItem.getOrDefault(new Item(kind, itemId), List.of()).stream().filter(t -> t.appliesOn(day)).findFirst();
    }
}
