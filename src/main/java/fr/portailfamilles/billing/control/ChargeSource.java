package fr.portailfamilles.billing.control;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;

/**
 * Where the invoice run takes a month's charges: the charge rules applied to the month's booked days, attendance
 * marks, household terms and tariffs. The run calls it with the staff role (through its own run-as bean), once per
 * chunk of households and month, never once per household.
 */
public interface ChargeSource {

    /** The households with something to bill in the month, by id. */
    List<Long> householdsToBill(YearMonth month);

    /** The charges of each household of the chunk for the month, and the households whose charges cannot be priced. */
    MonthCharges charges(Collection<Long> householdIds, YearMonth month);
}
