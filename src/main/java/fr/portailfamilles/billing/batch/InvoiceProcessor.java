package fr.portailfamilles.billing.batch;

import fr.portailfamilles.billing.boundary.InvoiceLedgers;
import fr.portailfamilles.billing.control.Charge;
import fr.portailfamilles.billing.control.ChunkInvoicing;
import fr.portailfamilles.billing.control.MonthCharges;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prices a chunk of households and decides what to issue: the charges of the month and of the earlier months already
 * invoiced (from the {@link fr.portailfamilles.billing.control.ChargeSource}), what invoices billed for them, and the
 * households' billed guardians, each read once for the whole chunk.
 */
@Named
@Dependent
public class InvoiceProcessor implements ItemProcessor {

    @Inject
    StepContext stepContext;

    @Inject
    RunAsStaff staff;

    @Inject
    InvoiceLedgers ledgers;

    @Override
    public Object processItem(Object item) {
        RunPlan plan = (RunPlan) stepContext.getTransientUserData();
        List<Long> chunk = ((HouseholdChunk) item).householdIds();
        Set<Long> already = ledgers.alreadyInvoiced(chunk, plan.month());
        List<Long> households = chunk.stream().filter(id -> !already.contains(id)).toList();
        Map<Long, List<Charge>> expected = new HashMap<>();
        Map<Long, String> notPriced = new HashMap<>();
        if (!households.isEmpty()) {
            for (YearMonth month : plan.months()) {
                MonthCharges charges = staff.charges(households, month);
                charges.byHousehold().forEach((household, list) -> expected.computeIfAbsent(household, id -> new ArrayList<>()).addAll(list));
                charges.notPriced().forEach((household, reason) -> notPriced.merge(household, reason, (a, b) -> a + " ; " + b));
            }
        }
        return ChunkInvoicing.decide(households, expected, notPriced, ledgers.billedLines(households, plan.since(), plan.month()),
                staff.billingContacts(households), already.size());
    }
}
