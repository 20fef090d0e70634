package fr.portailfamilles.booking.entity;

import fr.portailfamilles.activity.entity.ActivityGroup;
import fr.portailfamilles.activity.entity.ActivityService;
import fr.portailfamilles.activity.entity.ActivityUnit;
import fr.portailfamilles.activity.entity.OpeningDay;
import fr.portailfamilles.activity.entity.Period;
import fr.portailfamilles.household.entity.Child;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A "pré-inscription": a child, an opening day, and a unit (Matin, Journée…) or a service (REPAS…). */
@Entity
@Table(name = "booking_request")
public class BookingRequest {

    @Id
    @SequenceGenerator(name = "booking_request_seq", sequenceName = "booking_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "booking_request_seq")
    private Long id;

    @Column(name = "household_id", nullable = false)
    private long householdId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "child_id")
    private Child child;

    @ManyToOne(optional = false)
    @JoinColumn(name = "opening_day_id")
    private OpeningDay day;

    /** The day's period and date, copied from it when the request is made (a day never changes either): lists read them here. */
    @Column(name = "period_id", nullable = false)
    private Long periodId;

    @Column(name = "opening_date", nullable = false)
    private LocalDate date;

    @ManyToOne
    @JoinColumn(name = "unit_id")
    private ActivityUnit unit;

    @ManyToOne
    @JoinColumn(name = "service_id")
    private ActivityService service;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BookingStatus status = BookingStatus.PENDING;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "answered_by")
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    private String reason;

    /** The medical certificate sent for this day of absence, if any. */
    @ManyToOne
    @JoinColumn(name = "certificate_id")
    private MedicalCertificate certificate;

    @Version
    private long version;

    protected BookingRequest() {
    }

    private BookingRequest(long householdId, Child child, OpeningDay day, String requestedBy, Instant requestedAt) {
        this.householdId = householdId;
        this.child = child;
        this.day = day;
        this.periodId = day.getPeriod().getId();
        this.date = day.getDate();
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    public static BookingRequest forUnit(long householdId, Child child, OpeningDay day, ActivityUnit unit, String by, Instant at) {
        BookingRequest request = new BookingRequest(householdId, child, day, by, at);
        request.unit = unit;
        return request;
    }

    public static BookingRequest forService(long householdId, Child child, OpeningDay day, ActivityService service, String by, Instant at) {
        BookingRequest request = new BookingRequest(householdId, child, day, by, at);
        request.service = service;
        return request;
    }

    /** The child's group for the whole period: the one of their age on its first day. */
    public Optional<ActivityGroup> group() {
        Period period = day.getPeriod();
        return period.getActivity().groupFor(child.ageOn(period.getFirstDay()));
    }

    /** What the request holds on its day: the unit's half-days, or the service. */
    public List<String> slots() {
        List<String> slots = new ArrayList<>();
        if (unit != null) {
            if (unit.isMorning()) {
                slots.add("AM");
            }
            if (unit.isAfternoon()) {
                slots.add("PM");
            }
        } else {
            slots.add("S" + service.getId());
        }
        return slots;
    }

    /** Staff answer what is still waiting for an answer: a request accepted, refused or cancelled is settled. */
    public boolean isOpenToAnswer() {
        return status == BookingStatus.PENDING || status == BookingStatus.WAITING;
    }

    public void accept(String by, Instant at) {
        answer(BookingStatus.ACCEPTED, by, at, null);
    }

    public void putOnWaitingList(String by, Instant at) {
        answer(BookingStatus.WAITING, by, at, null);
    }

    public void refuse(String by, Instant at, String why) {
        answer(BookingStatus.REFUSED, by, at, why);
    }

    public void cancel(String by, Instant at) {
        answer(BookingStatus.CANCELLED, by, at, null);
    }

    void coveredBy(MedicalCertificate sent) {
        this.certificate = sent;
    }

    /** An accepted day the child missed, with a certificate staff validated: not billed. */
    public boolean isAbsenceJustified() {
        return status == BookingStatus.ACCEPTED && certificate != null && certificate.getStatus() == CertificateStatus.VALIDATED;
    }

    /** A certificate can be sent for an accepted day unless one is being examined or was validated. */
    public boolean awaitsCertificate() {
        return status == BookingStatus.ACCEPTED && (certificate == null || certificate.getStatus() == CertificateStatus.REFUSED);
    }

    /** Live, and its day's cancellation deadline has not passed. */
    public boolean cancellableAt(ZonedDateTime now) {
        return BookingStatus.LIVE.contains(status) && beforeDeadline(now);
    }

    /** Past the deadline (before it the family cancels instead), accepted, and not excused or being examined. */
    public boolean certificateExpectedAt(ZonedDateTime now) {
        return awaitsCertificate() && !beforeDeadline(now);
    }

    private boolean beforeDeadline(ZonedDateTime now) {
        return day.getPeriod().getCancellationRule().stillOpen(date, now);
    }

    /** What the parent reads: the unit or the service. */
    public String what() {
        return unit != null ? unit.getLabel() : service.getLabel();
    }

    private void answer(BookingStatus answer, String by, Instant at, String why) {
        this.status = answer;
        this.answeredBy = by;
        this.answeredAt = at;
        this.reason = why;
    }

    public Long getId() { return id; }
    public long getHouseholdId() { return householdId; }
    public Child getChild() { return child; }
    public OpeningDay getDay() { return day; }
    public Long getPeriodId() { return periodId; }
    public LocalDate getDate() { return date; }
    public ActivityUnit getUnit() { return unit; }
    public ActivityService getService() { return service; }
    public BookingStatus getStatus() { return status; }
    public String getRequestedBy() { return requestedBy; }
    public Instant getRequestedAt() { return requestedAt; }
    public String getAnsweredBy() { return answeredBy; }
    public Instant getAnsweredAt() { return answeredAt; }
    public String getReason() { return reason; }
    public MedicalCertificate getCertificate() { return certificate; }
}
