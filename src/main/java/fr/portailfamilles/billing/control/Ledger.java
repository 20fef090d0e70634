package fr.portailfamilles.billing.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rule that makes runs exact: for a household, what invoices and credit notes already billed per source key is
 * the sum of their lines; a run bills, per key, what the charges now expect less what was billed, when that is not
 * zero. A month run twice bills nothing the second time; an attendance corrected after invoicing, a credit note, a
 * day excused afterwards, comes out as a "régularisation" line of its own month on the next invoice.
 */
public final class Ledger {

    private static final Comparator<Charge> INVOICE_ORDER = Comparator.comparing(Charge::month)
            .thenComparing(Charge::date)
            .thenComparing(Charge::childName)
            .thenComparing(Charge::kind)
            .thenComparing(Charge::label)
            .thenComparing(Charge::sourceKey);

    private Ledger() {
    }

    /**
     * The lines to bill a household now.
     *
     * @param expected the household's charges for the months considered (the run's month and the earlier months
     *                 already invoiced), as the rules compute them today
     * @param billed   the lines already billed for those months
     */
    public static List<Charge> toBill(List<Charge> expected, List<BilledLine> billed) {
        Map<String, List<Charge>> expectedByKey = new LinkedHashMap<>();
        expected.forEach(charge -> expectedByKey.computeIfAbsent(charge.sourceKey(), key -> new ArrayList<>()).add(charge));
        Map<String, BigDecimal> billedByKey = new LinkedHashMap<>();
        Map<String, BilledLine> lastBilledByKey = new LinkedHashMap<>();
        for (BilledLine line : billed) {
            billedByKey.merge(line.sourceKey(), line.amount(), BigDecimal::add);
            lastBilledByKey.put(line.sourceKey(), line);
        }
        Set<String> keys = new LinkedHashSet<>(expectedByKey.keySet());
        keys.addAll(billedByKey.keySet());

        List<Charge> lines = new ArrayList<>();
        for (String key : keys) {
            List<Charge> charges = expectedByKey.getOrDefault(key, List.of());
            BigDecimal alreadyBilled = billedByKey.getOrDefault(key, BigDecimal.ZERO);
            BigDecimal difference = charges.stream().map(Charge::amount).reduce(BigDecimal.ZERO, BigDecimal::add).subtract(alreadyBilled);
            if (difference.signum() == 0) {
                continue;
            }
            if (alreadyBilled.signum() == 0) {
                lines.addAll(charges);
            } else if (charges.isEmpty()) {
                lines.add(lastBilledByKey.get(key).withAmount(difference));
            } else {
                Charge now = charges.get(0);
                lines.add(new Charge(now.householdId(), now.childId(), now.childName(), now.date(), now.kind(), now.itemId(),
                        now.label(), now.unitPrice(), now.reductionPercent(), difference.setScale(Charge.CENTS), key));
            }
        }
        lines.sort(INVOICE_ORDER);
        return lines;
    }
}
