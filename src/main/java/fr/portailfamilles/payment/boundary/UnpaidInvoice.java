package fr.portailfamilles.payment.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An invoice still owing money, with its household and how many days it has been due. */
public record UnpaidInvoice(long invoiceId, String number, long householdId, String householdName, String billedName,
                            LocalDate issuedOn, BigDecimal total, BigDecimal due, long days) implements Serializable {

    /** The age brackets of the staff's list: up to 30 days, 31 to 60, 61 to 90, over 90. */
    public String getAge() {
        return days <= 30 ? "30" : days <= 60 ? "60" : days <= 90 ? "90" : "more";
    }

    public long getInvoiceId() { return invoiceId; }
    public String getNumber() { return number; }
    public long getHouseholdId() { return householdId; }
    public String getHouseholdName() { return householdName; }
    public String getBilledName() { return billedName; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public BigDecimal getTotal() { return total; }
    public BigDecimal getDue() { return due; }
    public long getDays() { return days; }
}
