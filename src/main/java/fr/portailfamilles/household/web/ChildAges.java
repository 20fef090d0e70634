package fr.portailfamilles.household.web;

import fr.portailfamilles.household.entity.Child;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.time.ZoneId;

/** A child's age today, on the centre's calendar. */
@Named("ages")
@ApplicationScoped
public class ChildAges {

    public int of(Child child) {
        return child.ageOn(LocalDate.now(ZoneId.of("Europe/Paris")));
    }
}
