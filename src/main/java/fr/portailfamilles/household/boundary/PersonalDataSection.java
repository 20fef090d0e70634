package fr.portailfamilles.household.boundary;

import jakarta.json.JsonArray;

/**
 * What another business area holds about a household (registrations, later invoices), added to its RGPD
 * export under its own name: the household area does not need to know those areas' tables.
 */
public interface PersonalDataSection {

    /** The section's key in the JSON file, and its heading's message key after {@code export.section.}. */
    String name();

    JsonArray of(long householdId);
}
