package fr.portailfamilles.booking.control;

import fr.portailfamilles.booking.entity.BookingRequest;
import fr.portailfamilles.booking.entity.BookingStatus;
import fr.portailfamilles.booking.entity.MedicalCertificate;
import fr.portailfamilles.household.entity.Child;
import fr.portailfamilles.platform.boundary.MailMessage;
import fr.portailfamilles.platform.boundary.Mailer;
import fr.portailfamilles.platform.control.ParisTime;
import fr.portailfamilles.platform.control.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The e-mails a family receives about its registrations: what was sent, the staff's answers, places that freed, a
 * cancellation. One e-mail per event and person, listing its lines: a submission of six boxes, or a staff batch
 * answering a Journée and its REPAS, is one e-mail, not one per request.
 */
@ApplicationScoped
public class BookingMail {

    @Inject
    Mailer mailer;

    /** One line per request: the child, the day, the unit or service, what became of it (and why, when refused). */
    public static String summary(List<BookingRequest> requests) {
        return requests.stream().map(BookingMail::line).collect(Collectors.joining("\n"));
    }

    private static String line(BookingRequest r) {
        String day = r.getDay().getDate().format(ParisTime.DAY);
        String outcome = Texts.french("booking.status." + r.getStatus());
        return r.getStatus() == BookingStatus.REFUSED && r.getReason() != null
                ? Texts.french("mail.booking.lineWithReason", r.getChild().getFirstName(), day, r.what(), outcome, r.getReason())
                : Texts.french("mail.booking.line", r.getChild().getFirstName(), day, r.what(), outcome);
    }

    /** A parent's submission: one e-mail to them. */
    public void requested(String to, List<BookingRequest> made) {
        send(to, "mail.booking", made);
    }

    /** A staff batch (accepted, refused or put on the waiting list): one e-mail to each person who asked. */
    public void answered(List<BookingRequest> answered) {
        toEachRequester("mail.bookingAnswer", answered);
    }

    /** Places freed and the requests waiting for them took them: one e-mail to each person who asked. */
    public void promoted(List<BookingRequest> promoted) {
        toEachRequester("mail.bookingPromoted", promoted);
    }

    /** A cancellation by a parent, the services that went with their unit included: one e-mail to them. */
    public void cancelled(String to, List<BookingRequest> cancelled) {
        send(to, "mail.bookingCancelled", cancelled);
    }

    public void certificateAnswered(MedicalCertificate certificate) {
        Child child = certificate.getChild();
        String key = "mail.certificate." + certificate.getStatus();
        mailer.send(new MailMessage(certificate.getSubmittedBy(), Texts.french(key + ".subject", child.getFirstName()),
                Texts.french(key + ".body", child.getFullName(), summary(certificate.getDays()),
                        certificate.getReason() == null ? "" : certificate.getReason()), List.of()));
    }

    private void toEachRequester(String key, List<BookingRequest> requests) {
        Map<String, List<BookingRequest>> byRequester = new LinkedHashMap<>();
        requests.forEach(r -> byRequester.computeIfAbsent(r.getRequestedBy(), who -> new ArrayList<>()).add(r));
        byRequester.forEach((to, theirs) -> send(to, key, theirs));
    }

    private void send(String to, String key, List<BookingRequest> requests) {
        if (requests.isEmpty()) {
            return;
        }
        mailer.send(new MailMessage(to, Texts.french(key + ".subject", children(requests, Child::getFirstName)),
                Texts.french(key + ".body", children(requests, Child::getFullName), summary(requests)), List.of()));
    }

    private static String children(List<BookingRequest> requests, Function<Child, String> name) {
        return requests.stream().map(BookingRequest::getChild).distinct().map(name).collect(Collectors.joining(", "));
    }
}
