package fr.portailfamilles.booking.control;

import fr.portailfamilles.activity.boundary.Activities;
import fr.portailfamilles.activity.boundary.ActivityOffersChanged;
import fr.portailfamilles.activity.boundary.CapacityChanged;
import fr.portailfamilles.activity.boundary.OpeningDayClosing;
import fr.portailfamilles.activity.entity.Activity;
import fr.portailfamilles.activity.entity.ActivityGroup;
import fr.portailfamilles.activity.entity.ActivityService;
import fr.portailfamilles.activity.entity.OpeningDay;
import fr.portailfamilles.activity.entity.Period;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.control.ParisTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/**
 * Keeps the place counters of an activity's opening days in step with what staff set up (more places, a day
 * closed). Creates the place counters of an activity's opening days when staff set the activity up, one writer at a
 * time: parents' requests then only ever update existing counters, so a rush of requests never races to
 * create one (and never needs a second connection to do so).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PlaceCounters {

    @PersistenceContext
    EntityManager em;

    @Inject
    WaitingList waitingList;

    @Inject
    Activities activities;

    @Inject
    Clock clock;

    public void prepare(@Observes ActivityOffersChanged changed) {
        activities.find(changed.activityId()).ifPresent(this::prepare);
    }

    /**
     * Days with requests stay open (staff must answer them first), said with how many days and requests hold
     * them; empty ones lose their counters.
     */
    public void drop(@Observes OpeningDayClosing closing) {
        Object[] booked = em.createQuery("select count(r), count(distinct r.day.id) from BookingRequest r where r.day.id in :days",
                Object[].class).setParameter("days", closing.openingDayIds()).getSingleResult();
        long requests = ((Number) booked[0]).longValue();
        if (requests > 0) {
            if (closing.openingDayIds().size() == 1) {
                throw new ActionRefused("activity.day.booked", requests);
            }
            throw new ActionRefused("activity.weekdays.booked", ((Number) booked[1]).longValue(), requests);
        }
        closing.openingDayIds().forEach(day -> em.createNativeQuery("delete from place_count where opening_day_id = ?1")
                .setParameter(1, day).executeUpdate());
    }

    /** The days to come take the new capacity; then the waiting requests of those days take what is free. */
    public void resize(@Observes CapacityChanged changed) {
        Activity activity = activities.find(changed.activityId()).orElseThrow(() -> new ActionRefused("activity.unknown"));
        LocalDate today = clock.today();
        for (ActivityGroup group : activity.getGroups()) {
            resize(Places.halfDayPool(group, "AM"), group.getCapacity(), today);
            resize(Places.halfDayPool(group, "PM"), group.getCapacity(), today);
        }
        for (ActivityService service : activity.getServices()) {
            if (service.getDailyCapacity() != null) {
                resize(Places.servicePool(service), service.getDailyCapacity(), today);
            }
        }
        waitingList.promote(activities.openingDaysFrom(activity.getId(), today));
    }

    /** A pool belongs to one group or service, hence to one activity: its counters from that date on are the days to come. */
    private void resize(String pool, int capacity, LocalDate from) {
        List<?> overfull = em.createNativeQuery("select opening_date from place_count where pool = ?1 and opening_date >= ?2"
                        + " and taken > ?3 order by opening_date")
                .setParameter(1, pool).setParameter(2, from).setParameter(3, capacity)
                .setMaxResults(1).getResultList();
        if (!overfull.isEmpty()) {
            throw new ActionRefused("activity.capacity.belowTaken", ParisTime.DAY.format(toLocalDate(overfull.get(0))));
        }
        em.createNativeQuery("update place_count set capacity = ?1 where pool = ?2 and opening_date >= ?3")
                .setParameter(1, capacity).setParameter(2, pool).setParameter(3, from)
                .executeUpdate();
    }

    private static LocalDate toLocalDate(Object column) {
        return column instanceof Date sql ? sql.toLocalDate() : (LocalDate) column;
    }

    public void prepare(Activity activity) {
        activity.getPeriods().forEach(this::prepare);
    }

    public void prepare(Period period) {
        Activity activity = period.getActivity();
        em.flush();
        for (OpeningDay day : period.getOpeningDays()) {
            for (ActivityGroup group : activity.getGroups()) {
                create(day, Places.halfDayPool(group, "AM"), group.getCapacity());
                create(day, Places.halfDayPool(group, "PM"), group.getCapacity());
            }
            for (ActivityService service : activity.getServices()) {
                if (service.getDailyCapacity() != null) {
                    create(day, Places.servicePool(service), service.getDailyCapacity());
                }
            }
        }
    }

    /** The day's period and date are copied with it (a day never changes either), so that counters are read by period or date alone. */
    private void create(OpeningDay day, String pool, int capacity) {
        em.createNativeQuery("insert into place_count (opening_day_id, pool, capacity, taken, period_id, opening_date)"
                        + " select ?1, ?2, ?3, 0, ?4, ?5"
                        + " where not exists (select 1 from place_count c where c.opening_day_id = ?1 and c.pool = ?2)")
                .setParameter(1, day.getId()).setParameter(2, pool).setParameter(3, capacity)
                .setParameter(4, day.getPeriod().getId()).setParameter(5, day.getDate()).executeUpdate();
    }
}
