package fr.portailfamilles.household.boundary;

import fr.portailfamilles.platform.lifecycle.HouseholdNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.Map;

/** The household area's answer to the platform's {@link HouseholdNames}: the names of the family files. */
@ApplicationScoped
public class HouseholdNamesOfFiles implements HouseholdNames {

    @Inject
    Households households;

    @Override
    public Map<Long, String> names(Collection<Long> householdIds) {
        return households.names(householdIds);
    }
}
