package fr.portailfamilles.booking.control;

import fr.portailfamilles.activity.boundary.ActivityOffersChanged;
import fr.portailfamilles.activity.boundary.OpeningDayClosing;
import fr.portailfamilles.activity.entity.Activity;
import fr.portailfamilles.activity.entity.ActivityGroup;
import fr.portailfamilles.activity.entity.ActivityService;
import fr.portailfamilles.activity.entity.OpeningDay;
import fr.portailfamilles.activity.entity.Period;
import fr.portailfamilles.platform.boundary.ActionRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Creates the place counters of an activity's opening days when staff set the activity up, one writer at a
 * time: parents' requests then only ever update existing counters, so a rush of requests never races to
 * create one (and never needs a second connection to do so).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PlaceCounters {

    @PersistenceContext
    EntityManager em;

    public void prepare(@Observes ActivityOffersChanged changed) {
        prepare(em.find(Activity.class, changed.activityId()));
    }

    /** A day with requests stays open (staff must answer them first); an empty one loses its counters. */
    public void drop(@Observes OpeningDayClosing closing) {
        long requests = ((Number) em.createNativeQuery("select count(*) from booking_request where opening_day_id = ?1")
                .setParameter(1, closing.openingDayId()).getSingleResult()).longValue();
        if (requests > 0) {
            throw new ActionRefused("activity.day.booked", requests);
        }
        em.createNativeQuery("delete from place_count where opening_day_id = ?1").setParameter(1, closing.openingDayId()).executeUpdate();
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

    private void create(OpeningDay day, String pool, int capacity) {
        em.createNativeQuery("insert into place_count (opening_day_id, pool, capacity, taken) select ?1, ?2, ?3, 0"
                        + " from opening_day d where d.id = ?1"
                        + " and not exists (select 1 from place_count c where c.opening_day_id = ?1 and c.pool = ?2)")
                .setParameter(1, day.getId()).setParameter(2, pool).setParameter(3, capacity).executeUpdate();
    }
}
