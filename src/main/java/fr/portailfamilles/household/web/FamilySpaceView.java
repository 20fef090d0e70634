package fr.portailfamilles.household.web;

import fr.portailfamilles.account.web.CurrentUser;
import fr.portailfamilles.household.boundary.Households;
import fr.portailfamilles.household.entity.Household;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;


/** "Mon espace famille": the logged-in guardian's own household, never one chosen by a parameter. */
@Named
@RequestScoped
public class FamilySpaceView {

    @Inject
    CurrentUser currentUser;

    @Inject
    Households households;

    private Household household;

    public Household getHousehold() {
        if (household == null) {
            household = currentUser.account()
                    .map(account -> account.getHousehold().getId())
                    .flatMap(households::forParent)
                    .orElseThrow(() -> new IllegalStateException("A parent account without a household"));
        }
        return household;
    }
}
