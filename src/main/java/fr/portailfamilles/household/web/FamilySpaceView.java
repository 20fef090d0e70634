package fr.portailfamilles.household.web;

import fr.portailfamilles.household.boundary.Households;
import fr.portailfamilles.household.entity.Household;
import fr.portailfamilles.platform.web.SignedInPerson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;


/** "Mon espace famille": the logged-in guardian's own household, never one chosen by a parameter. */
@Named
@RequestScoped
public class FamilySpaceView {

    @Inject
    SignedInPerson signedIn;

    @Inject
    Households households;

    private Household household;

    public Household getHousehold() {
        if (household == null) {
            household = signedIn.householdId()
                    .flatMap(households::forParent)
                    .orElseThrow(() -> new IllegalStateException("A parent account without a household"));
        }
        return household;
    }
}
