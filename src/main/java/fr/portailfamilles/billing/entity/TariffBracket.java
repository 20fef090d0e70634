package fr.portailfamilles.billing.entity;

import fr.portailfamilles.billing.control.QuotientBracket;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A tariff's bracket as stored: quotients from qfMin to qfMax (both included; no qfMax: and above) and the price.
 * An entity of its own rather than an element collection of embeddables, which EclipseLink 4.0 fails to compare
 * at commit once read in batch (eclipse-ee4j/eclipselink#921).
 */
@Entity
@Table(name = "tariff_bracket")
public class TariffBracket {

    @Id
    @SequenceGenerator(name = "tariff_bracket_seq", sequenceName = "tariff_bracket_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tariff_bracket_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "tariff_id")
    private Tariff tariff;

    @Column(name = "qf_min", nullable = false)
    private int qfMin;

    @Column(name = "qf_max")
    private Integer qfMax;

    @Column(nullable = false, precision = 10, scale = 2)
    private BigDecimal price;

    protected TariffBracket() {
    }

    TariffBracket(Tariff tariff, QuotientBracket bracket) {
        this.tariff = tariff;
        this.qfMin = bracket.qfMin();
        this.qfMax = bracket.qfMax();
        this.price = bracket.price().setScale(2, RoundingMode.UNNECESSARY);
    }

    QuotientBracket bracket() {
        return new QuotientBracket(qfMin, qfMax, price);
    }
}
