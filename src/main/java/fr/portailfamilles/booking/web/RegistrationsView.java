package fr.portailfamilles.booking.web;

import fr.portailfamilles.booking.boundary.BookingDesk;
import fr.portailfamilles.booking.boundary.Cancellations;
import fr.portailfamilles.booking.boundary.MedicalCertificates;
import fr.portailfamilles.booking.boundary.Registration;
import fr.portailfamilles.document.control.AcceptedFiles;
import fr.portailfamilles.household.web.FamilySpaceView;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.web.MailNotices;
import fr.portailfamilles.platform.web.Messages;
import fr.portailfamilles.platform.web.SignedInPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Inscriptions: every request of the family with the centre's answer. Days chosen in the list can be cancelled
 * until the deadline, or after it be excused with a medical certificate.
 */
@Named
@ViewScoped
public class RegistrationsView implements Serializable {

    private static final String PAGE = "/portail/inscriptions.xhtml";
    /** The file field's client id: its form prefixes it, and a message under another id is shown nowhere. */
    static final String CERTIFICATE_FIELD = "registrations-form:certificate";

    @Inject
    MailNotices mailNotices;

    @Inject
    BookingDesk desk;

    @Inject
    Cancellations cancellations;

    @Inject
    MedicalCertificates certificates;

    @Inject
    FamilySpaceView familySpace;

    @Inject
    SignedInPerson signedIn;

    private List<Registration> requests;
    private List<Registration> selected = new ArrayList<>();
    private transient Part certificate;

    public List<Registration> getRequests() {
        if (requests == null) {
            requests = desk.registrations(householdId());
        }
        return requests;
    }

    public void cancel() throws IOException {
        try {
            int count = cancellations.cancel(householdId(), ids(), sender()).size();
            Messages.infoAfterRedirect(PAGE, "registrations.cancelled", count, mailNotices.toYou());
        } catch (ActionRefused refused) {
            refusedAgain(refused);
        }
    }

    public void sendCertificate() throws IOException {
        if (certificate == null || certificate.getSize() == 0) {
            Messages.error(CERTIFICATE_FIELD, "certificates.fileRequired");
            return;
        }
        try (InputStream in = certificate.getInputStream()) {
            byte[] file = AcceptedFiles.read(in);
            int days = certificates.send(householdId(), ids(), certificate.getSubmittedFileName(), file, sender()).getDays().size();
            Messages.infoAfterRedirect(PAGE, "certificates.sent", days);
        } catch (ActionRefused refused) {
            if (refused.messageKey().startsWith("document.")) {
                Messages.error(CERTIFICATE_FIELD, refused.messageKey(), refused.arguments());
            } else {
                refusedAgain(refused);
            }
        }
    }

    /** The list is read again: what was refused may come from a page older than the answers. */
    private void refusedAgain(ActionRefused refused) {
        Messages.error(null, refused.messageKey(), refused.arguments());
        requests = null;
        selected = new ArrayList<>();
    }

    private List<Long> ids() {
        return selected.stream().map(Registration::getId).toList();
    }

    private String sender() {
        return signedIn.login().orElseThrow();
    }

    private long householdId() {
        return familySpace.getHousehold().getId();
    }

    public boolean isAnyActionable() {
        return getRequests().stream().anyMatch(Registration::isActionable);
    }

    public List<Registration> getSelected() { return selected; }
    public void setSelected(List<Registration> selected) { this.selected = selected; }
    public Part getCertificate() { return certificate; }
    public void setCertificate(Part certificate) { this.certificate = certificate; }
}
