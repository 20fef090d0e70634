package fr.portailfamilles.household.boundary;

/**
 * A household as an invoice is addressed: its name, and its billed guardian ("tiers facturé") with the postal
 * address and e-mail the invoice and its notice go to. A household with no billed guardian has a null guardianId.
 *
 * @param address the guardian's own address when they have one, the household's otherwise; lines separated by new lines
 */
public record BillingContact(long householdId, String householdName, Long guardianId, String guardianName, String address,
                             String email) {

    public boolean hasBilledGuardian() {
        return guardianId != null;
    }
}
