package fr.portailfamilles.billing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A household anonymised under the RGPD whose invoices still name the billed guardian and the children, as the law
 * keeps them until the accounting retention ends: billing's own record of it, so that it never asks the household
 * area which of its files are anonymised.
 */
@Entity
@Table(name = "invoice_forgotten_household")
public class ForgottenHousehold {

    @Id
    @Column(name = "household_id")
    private Long householdId;

    @Column(name = "forgotten_at", nullable = false)
    private Instant forgottenAt;

    protected ForgottenHousehold() {
    }

    public ForgottenHousehold(long householdId, Instant forgottenAt) {
        this.householdId = householdId;
        this.forgottenAt = forgottenAt;
    }

    public Long getHouseholdId() { return householdId; }
    public Instant getForgottenAt() { return forgottenAt; }
}
