package fr.portailfamilles.booking.web;

import fr.portailfamilles.booking.boundary.BookingDesk;
import fr.portailfamilles.booking.entity.BookingRequest;
import fr.portailfamilles.household.web.FamilySpaceView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** Inscriptions: every request of the family with the centre's answer. */
@Named
@RequestScoped
public class RegistrationsView {

    @Inject
    BookingDesk desk;

    @Inject
    FamilySpaceView familySpace;

    private List<BookingRequest> requests;

    public List<BookingRequest> getRequests() {
        if (requests == null) {
            requests = desk.ofHousehold(familySpace.getHousehold().getId());
        }
        return requests;
    }
}
