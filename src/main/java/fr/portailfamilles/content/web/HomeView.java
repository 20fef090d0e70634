package fr.portailfamilles.content.web;

import fr.portailfamilles.activity.boundary.Activities;
import fr.portailfamilles.activity.entity.Activity;
import fr.portailfamilles.platform.boundary.CentreIdentity;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.entity.Centre;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.List;
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

    /** A string, so that the footer does not print it as the number "2,026". */
    public String getYear() {
        return String.valueOf(clock.today().getYear());
    }
}
