package fr.portailfamilles.billing;

import fr.portailfamilles.billing.control.Charge;
import fr.portailfamilles.billing.control.ChargeKind;
import fr.portailfamilles.billing.control.ChargeSource;
import fr.portailfamilles.billing.control.MonthCharges;
import fr.portailfamilles.booking.boundary.BookedDay;
import fr.portailfamilles.booking.boundary.BookedDays;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The charges of test and bench servers, where the run must give known totals without the tariffs: for a month an
 * in-container test registered, exactly the charges it registered; for any other month, every accepted booked day at
 * a flat price (a unit {@value #UNIT}, a service {@value #SERVICE}). Servers started with
 * {@code -Dportail.test.charges.delay=<ms>} price each chunk that much slower, so that a run lasts long enough to be
 * stopped or killed in the middle. An alternative, so that it stands in for the tariffs' source of the portal in the
 * archives it is added to.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
public class KnownCharges implements ChargeSource {

    public static final String UNIT = "12.00";
    public static final String SERVICE = "3.50";

    private final Map<YearMonth, Map<Long, List<Charge>>> registered = new ConcurrentHashMap<>();
    private final Map<YearMonth, Map<Long, String>> notPriced = new ConcurrentHashMap<>();
    private volatile long delayMillis = Long.getLong("portail.test.charges.delay", 0);

    @Inject
    BookedDays bookedDays;

    /** The household's charges for the month, replacing what was registered before (a correction). */
    public void register(YearMonth month, long householdId, List<Charge> charges) {
        registered.computeIfAbsent(month, m -> new ConcurrentHashMap<>()).put(householdId, List.copyOf(charges));
    }

    public void cannotPrice(YearMonth month, long householdId, String missing) {
        registered.computeIfAbsent(month, m -> new ConcurrentHashMap<>());
        notPriced.computeIfAbsent(month, m -> new ConcurrentHashMap<>()).put(householdId, missing);
    }

    public void slowDown(long millis) {
        delayMillis = millis;
    }

    @Override
    public List<Long> householdsToBill(YearMonth month) {
        if (!registered.containsKey(month)) {
            return bookedDays.householdsToBill(month);
        }
        TreeSet<Long> households = new TreeSet<>(registered.get(month).keySet());
        households.addAll(notPriced.getOrDefault(month, Map.of()).keySet());
        return List.copyOf(households);
    }

    @Override
    public MonthCharges charges(Collection<Long> householdIds, YearMonth month) {
        pause();
        if (!registered.containsKey(month)) {
            return flat(householdIds, month);
        }
        Map<Long, List<Charge>> charges = registered.get(month).entrySet().stream()
                .filter(entry -> householdIds.contains(entry.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<Long, String> missing = notPriced.getOrDefault(month, Map.of()).entrySet().stream()
                .filter(entry -> householdIds.contains(entry.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return new MonthCharges(charges, missing);
    }

    private MonthCharges flat(Collection<Long> householdIds, YearMonth month) {
        Map<Long, List<Charge>> charges = bookedDays.of(householdIds, month).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().stream()
                        .filter(BookedDay::isBillable).map(KnownCharges::flatPrice).toList()));
        return new MonthCharges(charges, Map.of());
    }

    private static Charge flatPrice(BookedDay day) {
        boolean unit = day.unitId() != null;
        return Charge.of(day.householdId(), day.childId(), day.childName(), day.date(), unit ? ChargeKind.UNIT : ChargeKind.SERVICE,
                unit ? day.unitId() : day.serviceId(), day.label(), new BigDecimal(unit ? UNIT : SERVICE), BigDecimal.ZERO,
                Charge.bookingKey(day.requestId()));
    }

    private void pause() {
        if (delayMillis > 0) {
            try {
                TimeUnit.MILLISECONDS.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
