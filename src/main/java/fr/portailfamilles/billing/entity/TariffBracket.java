package fr.portailfamilles.billing.entity;

import fr.portailfamilles.billing.control.QuotientBracket;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A tariff's bracket as stored: quotients from qfMin to qfMax (both included; no qfMax: and above) and the price. */
@Embeddable
public class TariffBracket {

    @Column(name = "qf_min", nullable = false)
    private int qfMin;

    @Column(name = "qf_max")
    private Integer qfMax;

    @Column(nullable = false, precision = 10, scale = 2)
    private BigDecimal price;

    protected TariffBracket() {
    }

    TariffBracket(QuotientBracket bracket) {
        this.qfMin = bracket.qfMin();
        this.qfMax = bracket.qfMax();
        this.price = bracket.price().setScale(2, RoundingMode.UNNECESSARY);
    }

    QuotientBracket bracket() {
        return new QuotientBracket(qfMin, qfMax, price);
    }
}
