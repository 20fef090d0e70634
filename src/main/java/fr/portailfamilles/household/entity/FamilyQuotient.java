package fr.portailfamilles.household.entity;

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

import fr.portailfamilles.document.entity.Document;

import java.time.LocalDate;

/** One value of the household's family quotient (QF, in euros), valid over a span of days. */
@Entity
@Table(name = "family_quotient")
public class FamilyQuotient {

    @Id
    @SequenceGenerator(name = "family_quotient_seq", sequenceName = "family_quotient_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "family_quotient_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "household_id")
    private Household household;

    @Column(nullable = false)
    private int amount;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BenefitsBody source;

    @ManyToOne
    @JoinColumn(name = "proof_document_id")
    private Document proof;

    protected FamilyQuotient() {
    }

    FamilyQuotient(Household household, int amount, LocalDate validFrom, BenefitsBody source) {
        if (amount < 0) {
            throw new IllegalArgumentException("A family quotient cannot be negative");
        }
        this.household = household;
        this.amount = amount;
        this.validFrom = validFrom;
        this.source = source;
    }

    /** A newer value takes over from a day: this one ends the day before. */
    void endBefore(LocalDate day) {
        if (validTo == null || !validTo.isBefore(day)) {
            validTo = day.minusDays(1);
        }
    }

    /** The attestation the family sent, when the value came from them. */
    public void provedBy(Document document) {
        this.proof = document;
    }

    public boolean appliesOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public Long getId() { return id; }
    public int getAmount() { return amount; }
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public BenefitsBody getSource() { return source; }
    public Document getProof() { return proof; }
}
