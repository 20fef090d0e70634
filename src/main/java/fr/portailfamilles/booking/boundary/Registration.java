package fr.portailfamilles.booking.boundary;

import fr.portailfamilles.booking.entity.BookingRequest;
import fr.portailfamilles.booking.entity.BookingStatus;
import fr.portailfamilles.booking.entity.CertificateStatus;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Comparator;

/** One line of Inscriptions: a request, its answer, and what the family may still do with it. */
public final class Registration implements Serializable {

    private final long id;
    private final String child;
    private final String activity;
    private final LocalDate date;
    private final String what;
    private final BookingStatus status;
    private final String reason;
    private final Instant answeredAt;
    private final Instant cancellableUntil;
    private final boolean cancellable;
    private final boolean certificateExpected;
    private final CertificateStatus certificate;
    private final String certificateReason;

    Registration(BookingRequest request, ZonedDateTime now) {
        this.id = request.getId();
        this.child = request.getChild().getFirstName();
        this.activity = request.getDay().getPeriod().getActivity().getName();
        this.date = request.getDay().getDate();
        this.what = request.what();
        this.status = request.getStatus();
        this.reason = request.getReason();
        this.answeredAt = request.getAnsweredAt();
        this.cancellableUntil = request.getDay().getPeriod().getCancellationRule().deadlineFor(date).toInstant();
        this.cancellable = request.cancellableAt(now);
        this.certificateExpected = request.certificateExpectedAt(now);
        this.certificate = request.getCertificate() == null ? null : request.getCertificate().getStatus();
        this.certificateReason = request.getCertificate() == null ? null : request.getCertificate().getReason();
    }

    /** Days from today on first, soonest first; then the days gone, the latest first. */
    public static Comparator<LocalDate> comingFirst(LocalDate today) {
        return (a, b) -> {
            boolean aGone = a.isBefore(today);
            if (aGone != b.isBefore(today)) {
                return aGone ? 1 : -1;
            }
            return aGone ? b.compareTo(a) : a.compareTo(b);
        };
    }

    public long getId() { return id; }
    public String getChild() { return child; }
    public String getActivity() { return activity; }
    public LocalDate getDate() { return date; }
    public String getWhat() { return what; }
    public BookingStatus getStatus() { return status; }
    public String getReason() { return reason; }
    public Instant getAnsweredAt() { return answeredAt; }
    public Instant getCancellableUntil() { return cancellableUntil; }
    /** Live, and the deadline has not passed: "Annuler" is offered. */
    public boolean isCancellable() { return cancellable; }
    /** Accepted, past the deadline, not excused yet: a medical certificate may be sent for it. */
    public boolean isCertificateExpected() { return certificateExpected; }
    public CertificateStatus getCertificate() { return certificate; }
    public String getCertificateReason() { return certificateReason; }
    public boolean isActionable() { return cancellable || certificateExpected; }
    /** Only the family cancels a request: its "answer" is their own cancellation, not the centre's. */
    public boolean isCancelledByFamily() { return status == BookingStatus.CANCELLED; }
}
