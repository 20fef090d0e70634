package fr.portailfamilles.payment.boundary;

import fr.portailfamilles.payment.entity.PayfipOperation;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** An online payment as its family sees it on the return page: its reference, state, amount and invoices. */
public record OperationView(String refdet, String idOp, PayfipOperation.State state, BigDecimal amount, List<Long> invoiceIds) implements Serializable {

    public String getRefdet() { return refdet; }
    public PayfipOperation.State getState() { return state; }
    public BigDecimal getAmount() { return amount; }
    public int getInvoiceCount() { return invoiceIds.size(); }
}
