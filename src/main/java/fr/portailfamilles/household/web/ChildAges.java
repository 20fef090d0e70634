package fr.portailfamilles.household.web;

import fr.portailfamilles.household.entity.Child;
import fr.portailfamilles.platform.boundary.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;


/** A child's age today, on the centre's calendar. */
@Named("ages")
@ApplicationScoped
public class ChildAges {

    @Inject
    Clock clock;

    public int of(Child child) {
        return child.ageOn(clock.today());
    }
}
