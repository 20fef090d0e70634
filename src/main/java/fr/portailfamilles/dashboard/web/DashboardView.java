package fr.portailfamilles.dashboard.web;

import fr.portailfamilles.activity.boundary.Activities;
import fr.portailfamilles.household.boundary.Households;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The staff's first page: the centre at a glance. */
@Named
@RequestScoped
public class DashboardView {

    @Inject
    Households households;

    @Inject
    Activities activities;

    public long getHouseholdCount() {
        return households.count();
    }

    public long getChildCount() {
        return households.childCount();
    }

    public int getActivityCount() {
        return activities.all().size();
    }
}
