package fr.portailfamilles.booking.entity;

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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A medical certificate for a child's days of absence, sent after the cancellation deadline. Once staff
 * validate it, the days it covers are a justified absence and are not billed.
 */
@Entity
@Table(name = "medical_certificate")
public class MedicalCertificate {

    @Id
    @SequenceGenerator(name = "medical_certificate_seq", sequenceName = "medical_certificate_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "medical_certificate_seq")
    private Long id;

    @Column(name = "household_id", nullable = false)
    private long householdId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "child_id")
    private Child child;

    /** The file; none once the household is anonymised. */
    @Column(name = "document_id")
    private Long documentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CertificateStatus status = CertificateStatus.SUBMITTED;

    @Column(name = "submitted_by", nullable = false)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "answered_by")
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    private String reason;

    @OneToMany(mappedBy = "certificate")
    @OrderBy("id")
    private List<BookingRequest> days = new ArrayList<>();

    @Version
    private long version;

    protected MedicalCertificate() {
    }

    public MedicalCertificate(long householdId, Child child, long documentId, String submittedBy, Instant submittedAt) {
        this.householdId = householdId;
        this.child = child;
        this.documentId = documentId;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
    }

    /** The days of absence it covers. */
    public void covers(BookingRequest day) {
        day.coveredBy(this);
        days.add(day);
    }

    public void validate(String by, Instant at) {
        answer(CertificateStatus.VALIDATED, by, at, null);
    }

    public void refuse(String by, Instant at, String why) {
        answer(CertificateStatus.REFUSED, by, at, why);
    }

    private void answer(CertificateStatus answer, String by, Instant at, String why) {
        if (status != CertificateStatus.SUBMITTED) {
            throw new IllegalStateException("Certificate " + id + " was already answered");
        }
        this.status = answer;
        this.answeredBy = by;
        this.answeredAt = at;
        this.reason = why;
    }

    public Long getId() { return id; }
    public long getHouseholdId() { return householdId; }
    public Child getChild() { return child; }
    public Long getDocumentId() { return documentId; }
    public CertificateStatus getStatus() { return status; }
    public String getSubmittedBy() { return submittedBy; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getAnsweredAt() { return answeredAt; }
    public String getReason() { return reason; }
    public List<BookingRequest> getDays() { return days; }
}
