package fr.portailfamilles.booking.control;

import fr.portailfamilles.booking.entity.BookingRequest;
import fr.portailfamilles.booking.entity.MedicalCertificate;
import fr.portailfamilles.household.entity.Child;
import fr.portailfamilles.platform.boundary.MailMessage;
import fr.portailfamilles.platform.boundary.Mailer;
import fr.portailfamilles.platform.control.ParisTime;
import fr.portailfamilles.platform.control.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.stream.Collectors;

/** The e-mails a family receives about its registrations: what was sent, each answer, a place that freed. */
@ApplicationScoped
public class BookingMail {


    @Inject
    Mailer mailer;

    /** One line per request, as the e-mail and the page after validation say it. */
    public static String summary(List<BookingRequest> requests) {
        return requests.stream().map(r -> "– " + r.getDay().getDate().format(ParisTime.DAY) + " " + r.what() + " : "
                        + Texts.french("booking.status." + r.getStatus()))
                .collect(Collectors.joining("\n"));
    }

    public void requested(String to, Child child, List<BookingRequest> made) {
        send(to, "mail.booking", child.getFirstName(), child.getFullName(), summary(made));
    }

    public void answered(BookingRequest request) {
        send(request.getRequestedBy(), "mail.bookingAnswer", request.getChild().getFirstName(), request.getChild().getFullName(),
                summary(List.of(request)), request.getReason() == null ? "" : request.getReason());
    }

    /** A place freed and the first request waiting for it took it. */
    public void promoted(BookingRequest request) {
        send(request.getRequestedBy(), "mail.bookingPromoted", request.getChild().getFirstName(), request.getChild().getFullName(),
                summary(List.of(request)));
    }

    public void cancelled(String to, Child child, List<BookingRequest> cancelled) {
        send(to, "mail.bookingCancelled", child.getFirstName(), child.getFullName(), summary(cancelled));
    }

    public void certificateAnswered(MedicalCertificate certificate) {
        send(certificate.getSubmittedBy(), "mail.certificate." + certificate.getStatus(), certificate.getChild().getFirstName(),
                certificate.getChild().getFullName(), summary(certificate.getDays()),
                certificate.getReason() == null ? "" : certificate.getReason());
    }

    private void send(String to, String key, String subjectName, Object... bodyArguments) {
        mailer.send(new MailMessage(to, Texts.french(key + ".subject", subjectName), Texts.french(key + ".body", bodyArguments), List.of()));
    }
}
