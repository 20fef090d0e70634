package fr.portailfamilles.billing.batch;

import java.util.List;

/** The item of the notice step: a page of invoice ids. */
record InvoicePage(List<Long> invoiceIds) {
}
