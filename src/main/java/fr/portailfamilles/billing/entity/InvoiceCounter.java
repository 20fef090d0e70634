package fr.portailfamilles.billing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The last number given in a year's series. Read with a row lock in the transaction that inserts the invoice: a
 * rolled-back invoice gives its number back, so the series has no gap, and two servers never give the same one.
 */
@Entity
@Table(name = "invoice_counter")
public class InvoiceCounter {

    @Id
    @Column(name = "number_year")
    private int year;

    @Column(name = "last_number", nullable = false)
    private int lastNumber;

    protected InvoiceCounter() {
    }

    public InvoiceCounter(int year) {
        this.year = year;
    }

    public InvoiceNumber next() {
        lastNumber++;
        return new InvoiceNumber(year, lastNumber);
    }

    public int getYear() { return year; }
    public int getLastNumber() { return lastNumber; }
}
