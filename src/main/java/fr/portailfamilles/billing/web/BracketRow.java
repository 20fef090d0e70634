package fr.portailfamilles.billing.web;

import fr.portailfamilles.billing.control.QuotientBracket;

import java.io.Serializable;
import java.math.BigDecimal;

/** One editable bracket of the tariff's form; a blank QF min means 0, a blank QF max "and above". */
public class BracketRow implements Serializable {

    private Integer qfMin;
    private Integer qfMax;
    private BigDecimal price;

    public BracketRow() {
    }

    static BracketRow of(QuotientBracket bracket) {
        BracketRow row = new BracketRow();
        row.qfMin = bracket.qfMin();
        row.qfMax = bracket.qfMax();
        row.price = bracket.price();
        return row;
    }

    boolean isBlank() {
        return qfMin == null && qfMax == null && price == null;
    }

    QuotientBracket bracket() {
        return new QuotientBracket(qfMin == null ? 0 : qfMin, qfMax, price);
    }

    public Integer getQfMin() { return qfMin; }
    public void setQfMin(Integer qfMin) { this.qfMin = qfMin; }
    public Integer getQfMax() { return qfMax; }
    public void setQfMax(Integer qfMax) { this.qfMax = qfMax; }
    public BigDecimal getPrice() { return price; }
    public void setPrice(BigDecimal price) { this.price = price; }
}
