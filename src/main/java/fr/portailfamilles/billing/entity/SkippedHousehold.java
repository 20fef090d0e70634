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

/** A household a run could not invoice, and why: IT sees it on the Facturation screen. */
@Entity
@Table(name = "invoice_run_skip")
@NamedQuery(name = SkippedHousehold.OF_RUNS, query = "select s from SkippedHousehold s where s.runId in :runIds order by s.runId, s.householdId")
public class SkippedHousehold {

    public static final String OF_RUNS = "SkippedHousehold.ofRuns";

    private static final int DETAIL_LENGTH = 500;

    @Id
    @SequenceGenerator(name = "invoice_run_skip_seq", sequenceName = "invoice_run_skip_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_run_skip_seq")
    private Long id;

    @Column(name = "run_id", nullable = false)
    private long runId;

    @Column(name = "household_id", nullable = false)
    private long householdId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SkipReason reason;

    @Column(length = DETAIL_LENGTH)
    private String detail;

    protected SkippedHousehold() {
    }

    public SkippedHousehold(long runId, long householdId, SkipReason reason, String detail) {
        this.runId = runId;
        this.householdId = householdId;
        this.reason = reason;
        this.detail = detail == null || detail.length() <= DETAIL_LENGTH ? detail : detail.substring(0, DETAIL_LENGTH);
    }

    public Long getId() { return id; }
    public long getRunId() { return runId; }
    public long getHouseholdId() { return householdId; }
    public SkipReason getReason() { return reason; }
    public String getDetail() { return detail; }
}
