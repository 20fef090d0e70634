package fr.portailfamilles.household.boundary;

import fr.portailfamilles.household.entity.Child;
import fr.portailfamilles.household.entity.FamilyQuotient;
import fr.portailfamilles.household.entity.Guardian;
import fr.portailfamilles.household.entity.Household;

import java.time.LocalDate;
import java.util.List;

/**
 * A household as invoicing reads it: where it lives (member town or not), its family quotients with the days they
 * cover, its children's birth dates (sibling order) and the guardian its invoices go to.
 *
 * @param billedGuardian the guardian invoices are addressed to, or null when the household has none
 */
public record BillableHousehold(long householdId, String name, String postcode, String town, List<Quotient> quotients,
                                List<ChildBirth> children, BilledGuardian billedGuardian) {

    /** A family quotient from a day to a day (null: no end yet). */
    public record Quotient(int amount, LocalDate validFrom, LocalDate validTo) {
    }

    public record ChildBirth(long childId, String name, LocalDate birthDate) {
    }

    /**
     * The guardian who receives the invoices, at their own address when they have one, else the household's.
     *
     * @param civility "MME" or "M"
     * @param name     "Julie MARTIN"
     */
    public record BilledGuardian(long guardianId, String civility, String name, String addressLine, String postcode, String town) {

        /** The postal address, its lines separated by new lines, as an invoice prints it. */
        public String postalAddress() {
            return addressLine + "\n" + postcode + " " + town;
        }
    }

    public BillableHousehold {
        quotients = List.copyOf(quotients);
        children = List.copyOf(children);
    }

    static BillableHousehold of(Household household) {
        return new BillableHousehold(household.getId(), household.getName(), household.getPostcode(), household.getTown(),
                household.getQuotients().stream().map(BillableHousehold::quotient).toList(),
                household.getChildren().stream().map(BillableHousehold::birth).toList(),
                household.billedGuardian().map(guardian -> billed(household, guardian)).orElse(null));
    }

    private static Quotient quotient(FamilyQuotient quotient) {
        return new Quotient(quotient.getAmount(), quotient.getValidFrom(), quotient.getValidTo());
    }

    private static ChildBirth birth(Child child) {
        return new ChildBirth(child.getId(), child.getFullName(), child.getBirthDate());
    }

    private static BilledGuardian billed(Household household, Guardian guardian) {
        boolean own = guardian.hasOwnAddress();
        return new BilledGuardian(guardian.getId(), guardian.getCivility().name(), guardian.getFullName(),
                own ? guardian.getAddressLine() : household.getAddressLine(),
                own ? guardian.getPostcode() : household.getPostcode(),
                own ? guardian.getTown() : household.getTown());
    }
}
