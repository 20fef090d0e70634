package fr.portailfamilles.billing.web;

import fr.portailfamilles.billing.control.QuotientBracket;
import fr.portailfamilles.billing.entity.Tariff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A tariff as the list shows it under its unit or service (a class with getters: pages read no record). */
public final class TariffRow {

    private final long id;
    private final String itemLabel;
    private final LocalDate validFrom;
    private final LocalDate validTo;
    private final List<BracketRow> brackets;
    private final BigDecimal outsidePrice;
    private final BigDecimal siblingReductionPercent;
    private final boolean future;

    private TariffRow(Tariff tariff, String itemLabel, LocalDate today) {
        this.id = tariff.getId();
        this.itemLabel = itemLabel;
        this.validFrom = tariff.getValidFrom();
        this.validTo = tariff.getValidTo();
        this.brackets = tariff.terms().brackets().stream().map(BracketRow::of).toList();
        this.outsidePrice = tariff.getOutsidePrice();
        this.siblingReductionPercent = tariff.getSiblingReductionPercent();
        this.future = tariff.startsAfter(today);
    }

    static TariffRow of(Tariff tariff, String itemLabel, LocalDate today) {
        return new TariffRow(tariff, itemLabel, today);
    }

    public long getId() { return id; }
    public String getItemLabel() { return itemLabel; }
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public List<BracketRow> getBrackets() { return brackets; }
    public BigDecimal getOutsidePrice() { return outsidePrice; }
    public BigDecimal getSiblingReductionPercent() { return siblingReductionPercent; }
    /** Not in force yet: it has priced nothing and may be removed. */
    public boolean isFuture() { return future; }
}
