package fr.portailfamilles.billing.control;

/** The centre as an invoice names it in its header: who bills, and how to reach them. */
public record CentreHeader(String name, String addressLine, String postcode, String town, String phone, String email) {
}
