package fr.portailfamilles.billing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;

/**
 * One execution of the monthly invoice run (a restart is another execution of the same job instance), as every
 * node sees it: its month and state, its figures, moved in each chunk's transaction with the chunk's invoices, and
 * a heartbeat from the node that runs it.
 */
@Entity
@Table(name = "invoice_run")
@NamedQuery(name = InvoiceRun.LATEST, query = "select r from InvoiceRun r order by r.id desc")
@NamedQuery(name = InvoiceRun.OF_INSTANCE, query = "select r from InvoiceRun r where r.instanceId = :instanceId order by r.id")
@NamedQuery(name = InvoiceRun.ACTIVE, query = "select r from InvoiceRun r where r.activeMonth is not null order by r.id")
@NamedQuery(name = InvoiceRun.BY_EXECUTION, query = "select r from InvoiceRun r where r.executionId = :executionId")
@NamedQuery(name = InvoiceRun.COUNT_ACTIVE_FOR_MONTH, query = "select count(r) from InvoiceRun r where r.activeMonth = :month")
@NamedQuery(name = InvoiceRun.CHUNK_WRITTEN, query = "update InvoiceRun r set r.householdsRead = r.householdsRead + :read,"
        + " r.invoicesWritten = r.invoicesWritten + :written, r.alreadyInvoiced = r.alreadyInvoiced + :already,"
        + " r.skipped = r.skipped + :skipped, r.totalAmount = r.totalAmount + :amount, r.heartbeatAt = :now where r.id = :id")
public class InvoiceRun {

    public static final String LATEST = "InvoiceRun.latest";
    public static final String OF_INSTANCE = "InvoiceRun.ofInstance";
    public static final String ACTIVE = "InvoiceRun.active";
    public static final String BY_EXECUTION = "InvoiceRun.byExecution";
    public static final String COUNT_ACTIVE_FOR_MONTH = "InvoiceRun.countActiveForMonth";
    /** A chunk's figures, added in the chunk's own transaction. */
    public static final String CHUNK_WRITTEN = "InvoiceRun.chunkWritten";

    private static final int NOTE_LENGTH = 1000;

    @Id
    @SequenceGenerator(name = "invoice_run_seq", sequenceName = "invoice_run_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_run_seq")
    private Long id;

    @Column(name = "execution_id", unique = true)
    private Long executionId;

    @Column(name = "instance_id")
    private Long instanceId;

    @Column(name = "billed_month", nullable = false, length = 7)
    private String month;

    /** The month while this execution may run, null once it ended: unique, so one execution per month at a time. */
    @Column(name = "active_month", unique = true, length = 7)
    private String activeMonth;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private RunStatus status;

    @Column(name = "started_by", nullable = false)
    private String startedBy;

    private String node;

    @Column(name = "claimed_at", nullable = false)
    private Instant claimedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "heartbeat_at", nullable = false)
    private Instant heartbeatAt;

    @Column(name = "stop_requested", nullable = false)
    private boolean stopRequested;

    @Column(name = "households_total", nullable = false)
    private int householdsTotal;

    /** Households an earlier execution of the same instance had already gone through (a restart's starting point). */
    @Column(name = "households_before", nullable = false)
    private int householdsBefore;

    @Column(name = "households_read", nullable = false)
    private int householdsRead;

    @Column(name = "invoices_written", nullable = false)
    private int invoicesWritten;

    @Column(name = "already_invoiced", nullable = false)
    private int alreadyInvoiced;

    @Column(nullable = false)
    private int skipped;

    @Column(name = "total_amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal totalAmount = BigDecimal.ZERO.setScale(2);

    @Column(length = NOTE_LENGTH)
    private String note;

    protected InvoiceRun() {
    }

    /** The claim of a month before its job starts. */
    public InvoiceRun(YearMonth month, String startedBy, Instant now) {
        this.month = month.toString();
        this.activeMonth = this.month;
        this.status = RunStatus.STARTING;
        this.startedBy = startedBy;
        this.claimedAt = now;
        this.heartbeatAt = now;
    }

    /** An execution that could not take its month (or had none): recorded so that IT sees why it ended at once. */
    public static InvoiceRun refused(String month, String startedBy, long executionId, long instanceId, Instant now, String note) {
        InvoiceRun run = new InvoiceRun();
        String given = month == null ? "" : month.strip();
        run.month = given.length() <= 7 ? given : given.substring(0, 7);
        run.status = RunStatus.FAILED;
        run.startedBy = startedBy;
        run.executionId = executionId;
        run.instanceId = instanceId;
        run.claimedAt = now;
        run.startedAt = now;
        run.endedAt = now;
        run.heartbeatAt = now;
        run.note = shortened(note);
        return run;
    }

    public void started(long executionId, long instanceId, String node, Instant now) {
        this.executionId = executionId;
        this.instanceId = instanceId;
        this.node = node;
        this.status = stopRequested ? RunStatus.STOPPING : RunStatus.STARTED;
        this.startedAt = now;
        this.heartbeatAt = now;
    }

    /** The households the step goes through, and how many of them an earlier execution already did. */
    public void planned(int total, int before, Instant now) {
        this.householdsTotal = total;
        this.householdsBefore = before;
        this.heartbeatAt = now;
    }

    public void alive(Instant now) {
        heartbeatAt = now;
    }

    public void noted(String text) {
        note = shortened(text);
    }

    public void requestStop() {
        stopRequested = true;
        if (status == RunStatus.STARTED) {
            status = RunStatus.STOPPING;
        }
    }

    public void ended(RunStatus finalStatus, Instant now, String note) {
        this.status = finalStatus;
        this.activeMonth = null;
        this.endedAt = now;
        this.heartbeatAt = now;
        if (note != null) {
            this.note = shortened(note);
        }
    }

    /** A claim whose job never started, or whose server stopped sending its heartbeat. */
    public boolean isStale(Instant now, Duration silence) {
        return status.isActive() && heartbeatAt.plus(silence).isBefore(now);
    }

    public boolean ranOn(String otherNode) {
        return node != null && node.equals(otherNode);
    }

    /** Households gone through by this instance so far, out of those it had to, in percent. */
    public int getProgressPercent() {
        if (status == RunStatus.COMPLETED) {
            return 100;
        }
        if (householdsTotal == 0) {
            return 0;
        }
        return Math.min(100, (householdsBefore + householdsRead) * 100 / householdsTotal);
    }

    private static String shortened(String text) {
        return text == null || text.length() <= NOTE_LENGTH ? text : text.substring(0, NOTE_LENGTH);
    }

    public Long getId() { return id; }
    public Long getExecutionId() { return executionId; }
    public Long getInstanceId() { return instanceId; }
    /** "2026-10"; what a script gave when the run was refused for it. */
    public String getMonth() { return month; }
    public RunStatus getStatus() { return status; }
    public String getStartedBy() { return startedBy; }
    public String getNode() { return node; }
    public Instant getClaimedAt() { return claimedAt; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getEndedAt() { return endedAt; }
    public Instant getHeartbeatAt() { return heartbeatAt; }
    public boolean isStopRequested() { return stopRequested; }
    public int getHouseholdsTotal() { return householdsTotal; }
    public int getHouseholdsBefore() { return householdsBefore; }
    public int getHouseholdsRead() { return householdsRead; }
    public int getInvoicesWritten() { return invoicesWritten; }
    public int getAlreadyInvoiced() { return alreadyInvoiced; }
    public int getSkipped() { return skipped; }
    public BigDecimal getTotalAmount() { return totalAmount; }
    public String getNote() { return note; }
}
