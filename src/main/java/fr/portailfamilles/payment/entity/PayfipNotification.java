package fr.portailfamilles.payment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * An "idop" PayFiP posted to the portal, stored as received and before anything is believed: it only says "ask
 * PayFiP about this idOp". Checked by a worker at once, or by the reconciliation if the node died first.
 */
@Entity
@Table(name = "payfip_notification")
@NamedQuery(name = PayfipNotification.WAITING, query = "select n.id from PayfipNotification n where n.processedAt is null"
        + " and n.receivedAt <= :before and (n.claimedUntil is null or n.claimedUntil < :now) order by n.receivedAt")
@NamedQuery(name = PayfipNotification.CLAIM, query = "update PayfipNotification n set n.claimedUntil = :claimEnds"
        + " where n.id = :id and n.processedAt is null and (n.claimedUntil is null or n.claimedUntil < :now)")
public class PayfipNotification {

    public static final String WAITING = "PayfipNotification.waiting";
    public static final String CLAIM = "PayfipNotification.claim";

    /** What checking it led to. */
    public enum Outcome { RECORDED, ENDED, ALREADY_ENDED, NOT_YET_KNOWN, UNKNOWN_ID_OP, MISMATCH }

    @Id
    @SequenceGenerator(name = "payfip_notification_seq", sequenceName = "payfip_notification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payfip_notification_seq")
    private Long id;

    @Column(name = "id_op", nullable = false, length = 64)
    private String idOp;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "processed_at")
    private Instant processedAt;

    @Column(length = 20)
    private String outcome;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    protected PayfipNotification() {
    }

    public PayfipNotification(String idOp, Instant receivedAt) {
        this.idOp = idOp;
        this.receivedAt = receivedAt;
    }

    public void processed(Outcome result, Instant at) {
        this.outcome = result.name();
        this.processedAt = at;
        this.claimedUntil = null;
    }

    public Long getId() { return id; }
    public String getIdOp() { return idOp; }
    public Instant getReceivedAt() { return receivedAt; }
    public Instant getProcessedAt() { return processedAt; }
    public String getOutcome() { return outcome; }
}
