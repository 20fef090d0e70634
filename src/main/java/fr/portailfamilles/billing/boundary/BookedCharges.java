package fr.portailfamilles.billing.boundary;

import fr.portailfamilles.attendance.boundary.Attendance;
import fr.portailfamilles.attendance.boundary.AttendanceState;
import fr.portailfamilles.billing.control.Charge;
import fr.portailfamilles.billing.control.ChargeRules;
import fr.portailfamilles.billing.control.ChargeSource;
import fr.portailfamilles.billing.control.HouseholdTerms;
import fr.portailfamilles.billing.control.MemberTowns;
import fr.portailfamilles.billing.control.MonthCharges;
import fr.portailfamilles.billing.control.TariffBook;
import fr.portailfamilles.billing.control.TariffMissing;
import fr.portailfamilles.booking.boundary.BookedDay;
import fr.portailfamilles.booking.boundary.BookedDays;
import fr.portailfamilles.household.boundary.BillableHousehold;
import fr.portailfamilles.household.boundary.Households;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The month's charges as the centre's rules give them: the days booking holds, the attendance taken, each household's
 * quotients and town, the tariffs in force. Read once per chunk of households, never per household; a household with
 * a day no tariff prices is not charged at all and says which days.
 */
@ApplicationScoped
public class BookedCharges implements ChargeSource {

    @Inject
    BookedDays bookedDays;

    @Inject
    Attendance attendance;

    @Inject
    Households households;

    @Inject
    Tariffs tariffs;

    @Override
    public List<Long> householdsToBill(YearMonth month) {
        return bookedDays.householdsToBill(month);
    }

    @Override
    public MonthCharges charges(Collection<Long> householdIds, YearMonth month) {
        Map<Long, List<BookedDay>> days = bookedDays.of(householdIds, month);
        Map<Long, AttendanceState> marks = ChargeRules.attendanceOf(attendance.marksOf(days.keySet(), month).values());
        Map<Long, BillableHousehold> terms = households.forBilling(days.keySet());
        TariffBook book = tariffs.book(month);
        MemberTowns memberTowns = tariffs.memberTowns();
        Map<Long, List<Charge>> charges = new HashMap<>();
        Map<Long, String> notPriced = new HashMap<>();
        days.forEach((householdId, booked) -> {
            try {
                charges.put(householdId, ChargeRules.charges(booked, marks, HouseholdTerms.of(terms.get(householdId), memberTowns), book));
            } catch (TariffMissing missing) {
                notPriced.put(householdId, missing.getMessage());
            }
        });
        return new MonthCharges(charges, notPriced);
    }
}
