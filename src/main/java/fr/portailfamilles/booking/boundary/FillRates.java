package fr.portailfamilles.booking.boundary;

import fr.portailfamilles.activity.boundary.Activities;
import fr.portailfamilles.activity.entity.Activity;
import fr.portailfamilles.activity.entity.ActivityGroup;
import fr.portailfamilles.activity.entity.ActivityService;
import fr.portailfamilles.activity.entity.OpeningDay;
import fr.portailfamilles.activity.entity.Period;
import fr.portailfamilles.booking.control.Places;
import fr.portailfamilles.booking.entity.BookingRequest;
import fr.portailfamilles.booking.entity.BookingStatus;
import fr.portailfamilles.platform.boundary.ActionRefused;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Staff: per opening day of a period, each group's and each seated service's requests and places. */
@Stateless
@RolesAllowed("STAFF")
public class FillRates {

    @PersistenceContext
    EntityManager em;

    @Inject
    Activities activities;

    public List<DayFill> of(long periodId) {
        Period period = activities.period(periodId).orElseThrow(() -> new ActionRefused("activity.period.unknown"));
        Activity activity = period.getActivity();
        Map<String, int[]> counters = counters(periodId);
        Map<String, DayFill.Tally> tallies = tallies(periodId);
        List<DayFill> fills = new ArrayList<>();
        for (OpeningDay day : period.getOpeningDays()) {
            for (ActivityGroup group : activity.getGroups()) {
                int[] morning = counters.getOrDefault(key(day, Places.halfDayPool(group, "AM")), new int[]{group.getCapacity(), 0});
                int[] afternoon = counters.getOrDefault(key(day, Places.halfDayPool(group, "PM")), new int[]{group.getCapacity(), 0});
                fills.add(new DayFill(day.getDate(), group.getName(), true, morning[0], morning[1], afternoon[1],
                        tallies.getOrDefault(key(day, "G" + group.getId()), new DayFill.Tally())));
            }
            for (ActivityService service : activity.getServices()) {
                if (service.getDailyCapacity() != null) {
                    String pool = Places.servicePool(service);
                    int[] seats = counters.getOrDefault(key(day, pool), new int[]{service.getDailyCapacity(), 0});
                    fills.add(new DayFill(day.getDate(), service.getLabel(), false, seats[0], seats[1], 0,
                            tallies.getOrDefault(key(day, pool), new DayFill.Tally())));
                }
            }
        }
        return fills;
    }

    /** capacity and taken, by day and pool */
    private Map<String, int[]> counters(long periodId) {
        Map<String, int[]> counters = new HashMap<>();
        for (Object row : em.createNativeQuery("select opening_day_id, pool, capacity, taken from place_count where period_id = ?1")
                .setParameter(1, periodId).getResultList()) {
            Object[] columns = (Object[]) row;
            counters.put(columns[0] + "/" + columns[1], new int[]{((Number) columns[2]).intValue(), ((Number) columns[3]).intValue()});
        }
        return counters;
    }

    /** Live requests by day and group (units, the child's group) or service. */
    private Map<String, DayFill.Tally> tallies(long periodId) {
        Map<String, DayFill.Tally> tallies = new HashMap<>();
        em.createQuery("select r from BookingRequest r join fetch r.child where r.periodId = :period and r.status in :live",
                        BookingRequest.class)
                .setParameter("period", periodId).setParameter("live", BookingStatus.LIVE)
                .getResultStream().forEach(request -> {
                    String what = request.getUnit() != null
                            ? request.group().map(g -> "G" + g.getId()).orElse("?")
                            : Places.servicePool(request.getService());
                    tallies.computeIfAbsent(key(request.getDay(), what), k -> new DayFill.Tally()).count(request.getStatus());
                });
        return tallies;
    }

    private static String key(OpeningDay day, String what) {
        return day.getId() + "/" + what;
    }
}
