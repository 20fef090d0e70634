package fr.portailfamilles.household.web;

import fr.portailfamilles.household.entity.FamilyQuotient;
import fr.portailfamilles.household.entity.Household;
import fr.portailfamilles.platform.boundary.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The family quotient a household's card shows: the one in force today on the centre's calendar, and the next one. */
@Named("quotients")
@ApplicationScoped
public class QuotientsInForce {

    @Inject
    Clock clock;

    /** @return null when none is in force today */
    public FamilyQuotient today(Household household) {
        return household.quotientOn(clock.today()).orElse(null);
    }

    /** @return null when none starts after today */
    public FamilyQuotient next(Household household) {
        return household.quotientAfter(clock.today()).orElse(null);
    }
}
