package fr.portailfamilles.content.web;

import fr.portailfamilles.activity.boundary.Activities;
import fr.portailfamilles.activity.entity.Activity;
import fr.portailfamilles.activity.entity.Period;
import fr.portailfamilles.platform.boundary.CentreIdentity;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.entity.Centre;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The public home page and the footer: no session is needed to read them. */
@Named
@RequestScoped
public class HomeView {

    private static final Logger LOG = Logger.getLogger(HomeView.class.getName());

    @Inject
    CentreIdentity centreIdentity;

    @Inject
    Activities activities;

    @Inject
    Clock clock;

    private Centre centre;
    private List<Activity> upcoming;
    private Map<Long, List<Period>> registrations;

    /** Empty when the database is down: the error pages use this template too. */
    public Centre getCentre() {
        if (centre == null) {
            try {
                centre = centreIdentity.centre().orElse(null);
            } catch (RuntimeException databaseDown) {
                LOG.log(Level.FINE, "Centre details unavailable", databaseDown);
            }
        }
        return centre;
    }

    /** Activities not yet over, soonest first. */
    public List<Activity> getUpcomingActivities() {
        if (upcoming == null) {
            LocalDate today = clock.today();
            upcoming = activities.all().stream().filter(a -> !a.getEndsOn().isBefore(today)).toList();
        }
        return upcoming;
    }

    /**
     * The periods of an activity whose registrations are open or still to open, with their deadline: what a family
     * can still ask for, soonest first.
     */
    public List<Period> registrationsOf(Activity activity) {
        if (registrations == null) {
            LocalDate today = clock.today();
            registrations = activities.periods().stream()
                    .filter(period -> !period.getRegistrationClosesOn().isBefore(today) && !period.getLastDay().isBefore(today))
                    .collect(Collectors.groupingBy(period -> period.getActivity().getId()));
        }
        return registrations.getOrDefault(activity.getId(), List.of());
    }

    /** Whether families may already ask for the period's days. */
    public boolean isRegistrationOpen(Period period) {
        return !period.getRegistrationOpensOn().isAfter(clock.today());
    }

    /** A string, so that the footer does not print it as the number "2,026". */
    public String getYear() {
        return String.valueOf(clock.today().getYear());
    }
}
