package fr.portailfamilles.billing.control;

import fr.portailfamilles.attendance.boundary.AttendanceState;
import fr.portailfamilles.attendance.boundary.Mark;
import fr.portailfamilles.booking.boundary.BookedDay;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a household's month of booked days costs, line by line.
 * <ul>
 * <li>Billed: an accepted day the child attended (units and services), an accepted unit missed without a
 * justification (the place was kept: the unit is billed, the meal or the bus is not), an accepted day whose attendance
 * was not taken (billed as booked). Not billed: an excused absence (certificate, cancelled in time, centre closed),
 * a justified absence, a day cancelled in time, refused or never given a place.</li>
 * <li>Price: the tariff of the unit or service valid that day, at the bracket of the household's quotient that day
 * (no quotient: the highest bracket); a household outside the member towns pays the tariff's outside price when it
 * has one.</li>
 * <li>Sibling reduction: the unit lines of the 2nd and further children billed the same day, eldest first (by birth
 * date, then child id), take their tariff's reduction.</li>
 * <li>Each line is rounded once, half-up to the cent ({@link Charge#of}). A child of separated parents is billed to
 * the household whose guardian booked the day: the days given are that household's.</li>
 * </ul>
 */
public final class ChargeRules {

    private ChargeRules() {
    }

    /** A billable day with the tariff that prices it. */
    private record Priced(BookedDay day, ChargeKind kind, long itemId, TariffTerms tariff) {
    }

    /**
     * @param days                the household's booked days of the month (as booking gives them)
     * @param attendanceByRequest the attendance marked, by booking request id; a request without one was not taken
     * @throws TariffMissing when a billable day has no tariff: the household is not charged at all
     */
    public static List<Charge> charges(List<BookedDay> days, Map<Long, AttendanceState> attendanceByRequest,
                                       HouseholdTerms terms, TariffBook tariffs) {
        List<Priced> billed = new ArrayList<>();
        List<TariffMissing.Gap> gaps = new ArrayList<>();
        for (BookedDay day : days) {
            if (day.householdId() != terms.householdId()) {
                throw new IllegalArgumentException("Day " + day.requestId() + " is booked by household " + day.householdId()
                        + ", not " + terms.householdId());
            }
            ChargeKind kind = day.unitId() != null ? ChargeKind.UNIT : ChargeKind.SERVICE;
            if (!billable(day, kind, attendanceByRequest.get(day.requestId()))) {
                continue;
            }
            long itemId = kind == ChargeKind.UNIT ? day.unitId() : day.serviceId();
            Optional<TariffTerms> tariff = tariffs.on(kind, itemId, day.date());
            if (tariff.isPresent()) {
                billed.add(new Priced(day, kind, itemId, tariff.get()));
            } else {
                gaps.add(new TariffMissing.Gap(kind, itemId, day.label(), day.activityName(), day.date()));
            }
        }
        if (!gaps.isEmpty()) {
            throw new TariffMissing(gaps);
        }
        Map<LocalDate, List<Long>> childrenByDay = siblingOrder(billed, terms);
        return billed.stream().map(priced -> charge(priced, terms, childrenByDay)).toList();
    }

    /** The attendance states of the marks attendance gives, by booking request id. */
    public static Map<Long, AttendanceState> attendanceOf(Collection<Mark> marks) {
        return marks.stream().collect(Collectors.toMap(Mark::requestId, Mark::state));
    }

    private static boolean billable(BookedDay day, ChargeKind kind, AttendanceState attendance) {
        if (day.state() != BookedDay.State.ACCEPTED) {
            return false;
        }
        if (attendance == null) {
            return true;
        }
        return switch (attendance) {
            case PRESENT -> true;
            case ABSENT -> kind == ChargeKind.UNIT;
            case EXCUSED -> false;
        };
    }

    /** Per day, the children with a unit billed, the eldest first. */
    private static Map<LocalDate, List<Long>> siblingOrder(List<Priced> billed, HouseholdTerms terms) {
        Comparator<Long> eldestFirst = Comparator
                .comparing((Long child) -> terms.birthDate(child).orElse(LocalDate.MAX))
                .thenComparing(Comparator.naturalOrder());
        Map<LocalDate, List<Long>> order = new TreeMap<>();
        billed.stream().filter(p -> p.kind() == ChargeKind.UNIT)
                .collect(Collectors.groupingBy(p -> p.day().date(), HashMap::new,
                        Collectors.mapping(p -> p.day().childId(), Collectors.toSet())))
                .forEach((date, children) -> order.put(date, children.stream().sorted(eldestFirst).toList()));
        return order;
    }

    private static Charge charge(Priced priced, HouseholdTerms terms, Map<LocalDate, List<Long>> childrenByDay) {
        BookedDay day = priced.day();
        BigDecimal price = priced.tariff().priceFor(terms.quotientOn(day.date()), terms.insideMemberTowns());
        boolean younger = priced.kind() == ChargeKind.UNIT
                && childrenByDay.getOrDefault(day.date(), List.of()).indexOf(day.childId()) > 0;
        BigDecimal reduction = younger ? priced.tariff().siblingReduction() : BigDecimal.ZERO;
        return Charge.of(day.householdId(), day.childId(), day.childName(), day.date(), priced.kind(), priced.itemId(),
                day.label(), price, reduction, Charge.bookingKey(day.requestId()));
    }
}
