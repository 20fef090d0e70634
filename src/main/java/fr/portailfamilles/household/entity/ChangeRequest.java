package fr.portailfamilles.household.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import fr.portailfamilles.document.entity.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** "Signaler une modification": corrections a parent proposes to the household's file, answered by staff. */
@Entity
@Table(name = "change_request")
@NamedQuery(name = ChangeRequest.FIND_FOR_HOUSEHOLD,
        query = "select r from ChangeRequest r where r.household.id = :householdId order by r.requestedAt desc, r.id desc")
@NamedQuery(name = ChangeRequest.FIND_PENDING,
        query = "select r from ChangeRequest r where r.status = fr.portailfamilles.household.entity.ChangeRequestStatus.PENDING order by r.requestedAt, r.id")
public class ChangeRequest {

    public static final String FIND_FOR_HOUSEHOLD = "ChangeRequest.findForHousehold";
    public static final String FIND_PENDING = "ChangeRequest.findPending";

    @Id
    @SequenceGenerator(name = "change_request_seq", sequenceName = "change_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "change_request_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "household_id")
    private Household household;

    /** The child the request is about, when it corrects a child's file rather than the household's. */
    @ManyToOne
    @JoinColumn(name = "child_id")
    private Child child;

    /** The guardian the request is about, when it corrects a guardian's phones or e-mail. */
    @ManyToOne
    @JoinColumn(name = "guardian_id")
    private Guardian guardian;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "parent_comment")
    private String parentComment;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "change_request_item", joinColumns = @JoinColumn(name = "request_id"))
    private List<ChangeRequestItem> items = new ArrayList<>();

    @Column(name = "quotient_amount")
    private Integer quotientAmount;

    @Column(name = "quotient_valid_from")
    private LocalDate quotientValidFrom;

    @ManyToOne
    @JoinColumn(name = "proof_document_id")
    private Document proof;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ChangeRequestStatus status = ChangeRequestStatus.PENDING;

    @Column(name = "answered_by")
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "refusal_reason")
    private String refusalReason;

    @Version
    private long version;

    protected ChangeRequest() {
    }

    public ChangeRequest(Household household, String requestedBy, Instant requestedAt, String parentComment,
                         List<ChangeRequestItem> items) {
        this(household, null, requestedBy, requestedAt, parentComment, items);
    }

    public ChangeRequest(Household household, Child child, String requestedBy, Instant requestedAt, String parentComment,
                         List<ChangeRequestItem> items) {
        this.household = household;
        this.child = child;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.parentComment = parentComment;
        this.items.addAll(items.stream().filter(ChangeRequestItem::changesSomething).toList());
        if (this.items.isEmpty()) {
            throw new IllegalArgumentException("A change request must change something");
        }
    }

    /** Corrections of a guardian's phone numbers or contact e-mail. */
    public static ChangeRequest ofGuardian(Guardian guardian, String requestedBy, Instant requestedAt, String parentComment,
                                           List<ChangeRequestItem> items) {
        ChangeRequest request = new ChangeRequest(guardian.getHousehold(), null, requestedBy, requestedAt, parentComment, items);
        request.guardian = guardian;
        return request;
    }

    /** A new family quotient from a day on, with the attestation that proves it (CAF, MSA). */
    public static ChangeRequest ofQuotient(Household household, String requestedBy, Instant requestedAt, String parentComment,
                                           int amount, LocalDate validFrom, Document proof) {
        ChangeRequest request = new ChangeRequest();
        request.household = household;
        request.requestedBy = requestedBy;
        request.requestedAt = requestedAt;
        request.parentComment = parentComment;
        request.quotientAmount = amount;
        request.quotientValidFrom = validFrom;
        request.proof = proof;
        return request;
    }

    /**
     * True when the file still holds the values the parent saw, and no quotient was recorded since from the
     * same day or later: otherwise staff must look again.
     */
    public boolean isStillApplicable() {
        return items.stream().allMatch(item -> item.stillMatches(household, child, guardian))
                && (quotientValidFrom == null || household.getQuotients().stream()
                        .noneMatch(q -> !q.getValidFrom().isBefore(quotientValidFrom)));
    }

    public boolean isQuotient() {
        return quotientAmount != null;
    }

    public void accept(String staff, Instant when) {
        requirePending();
        items.forEach(item -> item.applyTo(household, child, guardian));
        if (isQuotient()) {
            household.recordQuotient(quotientAmount, quotientValidFrom, household.getBenefitsBody()).provedBy(proof);
        }
        this.status = ChangeRequestStatus.ACCEPTED;
        this.answeredBy = staff;
        this.answeredAt = when;
    }

    public void refuse(String staff, String reason, Instant when) {
        requirePending();
        this.status = ChangeRequestStatus.REFUSED;
        this.refusalReason = reason;
        this.answeredBy = staff;
        this.answeredAt = when;
    }

    private void requirePending() {
        if (status != ChangeRequestStatus.PENDING) {
            throw new IllegalStateException("This request was answered already");
        }
    }

    public Long getId() { return id; }
    public Household getHousehold() { return household; }
    public Child getChild() { return child; }
    public Guardian getGuardian() { return guardian; }

    /** The child or guardian the request is about, by name; null for the household's own details. */
    public String getSubject() {
        return child != null ? child.getFullName() : guardian != null ? guardian.getFullName() : null;
    }

    public String getRequestedBy() { return requestedBy; }
    public Instant getRequestedAt() { return requestedAt; }
    public String getParentComment() { return parentComment; }
    public List<ChangeRequestItem> getItems() { return Collections.unmodifiableList(items); }
    public ChangeRequestStatus getStatus() { return status; }
    public String getAnsweredBy() { return answeredBy; }
    public Instant getAnsweredAt() { return answeredAt; }
    public String getRefusalReason() { return refusalReason; }
    public Integer getQuotientAmount() { return quotientAmount; }
    public LocalDate getQuotientValidFrom() { return quotientValidFrom; }
    public Document getProof() { return proof; }
}
