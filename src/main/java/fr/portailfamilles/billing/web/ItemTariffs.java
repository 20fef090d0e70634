package fr.portailfamilles.billing.web;

import fr.portailfamilles.billing.control.ChargeKind;

import java.util.List;

/** A unit or a service of the activity with its tariffs in force and to come. */
public final class ItemTariffs {

    private final ChargeKind kind;
    private final long itemId;
    private final String label;
    private final List<TariffRow> tariffs;

    ItemTariffs(ChargeKind kind, long itemId, String label, List<TariffRow> tariffs) {
        this.kind = kind;
        this.itemId = itemId;
        this.label = label;
        this.tariffs = tariffs;
    }

    /** The unit or service as the form's list names it: "UNIT-12", "SERVICE-7". */
    static String key(ChargeKind kind, long itemId) {
        return kind.name() + "-" + itemId;
    }

    public String getKey() { return key(kind, itemId); }
    public ChargeKind getKind() { return kind; }
    public String getLabel() { return label; }
    public List<TariffRow> getTariffs() { return tariffs; }
}
