package fr.portailfamilles.activity.boundary;

import fr.portailfamilles.activity.entity.Activity;
import fr.portailfamilles.activity.entity.OpeningDay;
import fr.portailfamilles.activity.entity.Period;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the centre offers (activities with their groups, units and services, periods and opening days), for the
 * public pages and for the areas that build on it: bookings read the offer here, never from the tables. Open to
 * all, as the offer is; changes go through {@link ActivityEditing}.
 */
@Stateless
@PermitAll
public class Activities {

    @PersistenceContext
    EntityManager em;

    public List<Activity> all() {
        return em.createNamedQuery(Activity.FIND_ALL, Activity.class).getResultList();
    }

    public Optional<Activity> find(long activityId) {
        return Optional.ofNullable(em.find(Activity.class, activityId));
    }

    /** Every period of every activity, the earliest first. */
    public List<Period> periods() {
        return em.createNamedQuery(Period.FIND_ALL, Period.class).getResultList();
    }

    public Optional<Period> period(long periodId) {
        return Optional.ofNullable(em.find(Period.class, periodId));
    }

    public Optional<OpeningDay> openingDay(long openingDayId) {
        return Optional.ofNullable(em.find(OpeningDay.class, openingDayId));
    }

    /** Every activity's opening day on that date, by activity name: what is open that day. */
    public List<OpeningDay> openingDaysOn(LocalDate date) {
        return em.createNamedQuery(OpeningDay.FIND_ON, OpeningDay.class).setParameter("date", date).getResultList();
    }

    /** The opening days of an activity from that date on, in every period: the days a change of places applies to. */
    public List<OpeningDay> openingDaysFrom(long activityId, LocalDate from) {
        return em.createNamedQuery(OpeningDay.FIND_FROM, OpeningDay.class)
                .setParameter("activityId", activityId).setParameter("from", from).getResultList();
    }
}
