package fr.portailfamilles.payment.entity;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One online payment through PayFiP: the invoices it pays and how much, stored before the family's browser goes to
 * PayFiP's page, then the idOp PayFiP gave it, and how it ended as PayFiP's own answer says (never as the browser's
 * return or a notification claims).
 */
@Entity
@Table(name = "payfip_operation")
@NamedQuery(name = PayfipOperation.BY_ID_OP, query = "select o from PayfipOperation o where o.idOp = :idOp")
@NamedQuery(name = PayfipOperation.ACTIVE_ON_INVOICES, query = "select distinct i.invoiceId from PayfipOperation o join o.invoices i"
        + " where i.invoiceId in :ids and o.state in :active")
@NamedQuery(name = PayfipOperation.UNDER_WAY_ON_INVOICES, query = "select i.invoiceId, o.refdet, o.createdAt from PayfipOperation o"
        + " join o.invoices i where i.invoiceId in :ids and o.state in :active")
@NamedQuery(name = PayfipOperation.OF_HOUSEHOLD, query = "select o from PayfipOperation o where o.householdId = :householdId"
        + " order by o.createdAt desc, o.id desc")
@NamedQuery(name = PayfipOperation.TO_RECONCILE, query = "select o.id from PayfipOperation o where o.state in :active"
        + " and o.createdAt <= :before and (o.checkedAt is null or o.checkedAt <= :checkedBefore)"
        + " and (o.claimedUntil is null or o.claimedUntil < :now) order by o.createdAt")
@NamedQuery(name = PayfipOperation.CLAIM, query = "update PayfipOperation o set o.claimedUntil = :claimEnds"
        + " where o.id = :id and o.state in :active and (o.claimedUntil is null or o.claimedUntil < :now)")
public class PayfipOperation {

    public static final String BY_ID_OP = "PayfipOperation.byIdOp";
    /** Among these invoices, those an operation still under way is paying. */
    public static final String ACTIVE_ON_INVOICES = "PayfipOperation.activeOnInvoices";
    /** The same, each with its operation's reference and start. */
    public static final String UNDER_WAY_ON_INVOICES = "PayfipOperation.underWayOnInvoices";
    public static final String OF_HOUSEHOLD = "PayfipOperation.ofHousehold";
    public static final String TO_RECONCILE = "PayfipOperation.toReconcile";
    public static final String CLAIM = "PayfipOperation.claim";

    /** An idOp is valid 15 minutes; an operation PayFiP still cannot tell about is given up after 20 minutes of asking. */
    public static final Duration GIVE_UP_AFTER = Duration.ofMinutes(20);
    /** The reconciliation asks PayFiP about an operation still under way this long after it started. */
    public static final Duration ASKED_AFTER = Duration.ofMinutes(5);

    public enum State {
        /** Stored, PayFiP not asked yet or not answered. */
        CREATED,
        /** PayFiP gave its idOp; the family is on its page, or left it. */
        PENDING,
        PAID, REFUSED, ABANDONED,
        /** PayFiP never knew its result, or no longer knows the idOp. */
        EXPIRED,
        /** PayFiP refused to create it, or did not answer. */
        FAILED;

        public static final List<State> ACTIVE = List.of(CREATED, PENDING);

        public boolean isActive() {
            return ACTIVE.contains(this);
        }
    }

    @Id
    @SequenceGenerator(name = "payfip_operation_seq", sequenceName = "payfip_operation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payfip_operation_seq")
    private Long id;

    @Column(name = "household_id", nullable = false)
    private long householdId;

    @Column(nullable = false, unique = true, length = 30)
    private String refdet;

    @Column(nullable = false)
    private int exer;

    @Column(name = "amount_cents", nullable = false)
    private long amountCents;

    @Column(nullable = false)
    private String email;

    @Column(name = "payer_name")
    private String payerName;

    @Column(nullable = false, length = 100)
    private String objet;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private State state;

    @Column(name = "id_op", unique = true, length = 64)
    private String idOp;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "unknown_since")
    private Instant unknownSince;

    @Column(name = "checked_at")
    private Instant checkedAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(length = 1)
    private String resultrans;

    @Column(length = 40)
    private String numauto;

    @Column(name = "transaction_at", length = 12)
    private String transactionAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "payfip_operation_invoice", joinColumns = @JoinColumn(name = "operation_id"))
    private List<OperationInvoice> invoices = new ArrayList<>();

    @Version
    private long version;

    protected PayfipOperation() {
    }

    public PayfipOperation(long householdId, int exer, List<OperationInvoice> invoices, String email, String payerName,
                           String createdBy, Instant createdAt) {
        if (invoices.isEmpty()) {
            throw new IllegalArgumentException("An online payment pays at least one invoice");
        }
        this.householdId = householdId;
        this.exer = exer;
        this.invoices.addAll(invoices);
        this.amountCents = amount().movePointRight(2).longValueExact();
        this.email = email;
        this.payerName = payerName;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.state = State.CREATED;
    }

    /**
     * The reference PayFiP is told ("refdet", 6 to 30 letters and digits): the operation's own number, also in the
     * "objet" (at most 100 letters, digits and spaces) the family reads on PayFiP's page. Called once
     * persisted, when the sequence has given the id and before the row is written.
     */
    public void identify() {
        refdet = String.format("PF%010d", id);
        objet = "Portail familles " + refdet;
    }

    /** PayFiP created its payment: the family can be sent to its page with this idOp. */
    public void sent(String givenIdOp) {
        requireActive();
        this.idOp = givenIdOp;
        this.state = State.PENDING;
    }

    /** PayFiP refused to create the payment, or did not answer: nothing was paid, the invoices are free again. */
    public void failed(Instant at) {
        requireActive();
        end(State.FAILED, at);
    }

    /** PayFiP's own answer about the payment: P or V paid, R or Z refused, A abandoned. */
    public void settled(String result, String authorisation, String transactionMoment, Instant at) {
        requireActive();
        this.resultrans = result;
        this.numauto = authorisation;
        this.transactionAt = transactionMoment;
        end(switch (result) {
            case "P", "V" -> State.PAID;
            case "R", "Z" -> State.REFUSED;
            case "A" -> State.ABANDONED;
            default -> throw new IllegalArgumentException("Not a PayFiP result: " + result);
        }, at);
    }

    /** PayFiP does not know the result yet (P5): asked again later, given up 20 minutes after the first such answer. */
    public void unknownYet(Instant at) {
        checkedAt = at;
        if (unknownSince == null) {
            unknownSince = at;
        }
        if (!at.isBefore(unknownSince.plus(GIVE_UP_AFTER))) {
            end(State.EXPIRED, at);
        }
    }

    /** PayFiP does not know the idOp (P1), or the operation never got one in time. */
    public void expired(Instant at) {
        requireActive();
        end(State.EXPIRED, at);
    }

    public void checked(Instant at) {
        checkedAt = at;
    }

    /** The payer's name and e-mail go (RGPD); the reference, amounts and outcome stay for the accounts. */
    public void anonymise() {
        payerName = null;
        email = "";
    }

    public BigDecimal amount() {
        return invoices.stream().map(OperationInvoice::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private void end(State ended, Instant at) {
        this.state = ended;
        this.endedAt = at;
        this.claimedUntil = null;
    }

    private void requireActive() {
        if (!state.isActive()) {
            throw new IllegalStateException("Operation " + refdet + " has ended: " + state);
        }
    }

    public Long getId() { return id; }
    public long getHouseholdId() { return householdId; }
    public String getRefdet() { return refdet; }
    public int getExer() { return exer; }
    public long getAmountCents() { return amountCents; }
    public String getEmail() { return email; }
    public String getPayerName() { return payerName; }
    public String getObjet() { return objet; }
    public State getState() { return state; }
    public String getIdOp() { return idOp; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getEndedAt() { return endedAt; }
    public Instant getCheckedAt() { return checkedAt; }
    public String getResultrans() { return resultrans; }
    public String getNumauto() { return numauto; }
    public List<OperationInvoice> getInvoices() { return Collections.unmodifiableList(invoices); }
}
