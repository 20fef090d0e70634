package fr.portailfamilles.dashboard.web;

import fr.portailfamilles.activity.boundary.Activities;
import fr.portailfamilles.booking.boundary.BookingAnswers;
import fr.portailfamilles.booking.boundary.MedicalCertificates;
import fr.portailfamilles.household.boundary.ChangeRequests;
import fr.portailfamilles.household.boundary.Households;
import fr.portailfamilles.platform.boundary.Outbox;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The staff's first page: what waits for them today, each a link to its queue, then the centre at a glance. */
@Named
@RequestScoped
public class DashboardView {

    @Inject
    Households households;

    @Inject
    Activities activities;

    @Inject
    BookingAnswers bookingAnswers;

    @Inject
    ChangeRequests changeRequests;

    @Inject
    MedicalCertificates certificates;

    @Inject
    Outbox outbox;

    public long getRequestsToAnswer() {
        return bookingAnswers.pendingCount();
    }

    public long getChangesToExamine() {
        return changeRequests.pendingCount();
    }

    public long getCertificatesToExamine() {
        return certificates.toExamineCount();
    }

    public long getUndeliveredMails() {
        return outbox.undeliveredCount();
    }

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
