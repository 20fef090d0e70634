package fr.portailfamilles.household.entity;

import java.util.function.Function;

/** The household details that staff edit and parents may ask to correct, with how each is read from the file. */
public enum HouseholdField {
    ADDRESS_LINE(Household::getAddressLine),
    POSTCODE(Household::getPostcode),
    TOWN(Household::getTown),
    PHONE(Household::getPhone),
    FAMILY_SITUATION(h -> h.getFamilySituation().name()),
    ALLOCATAIRE_NUMBER(Household::getAllocataireNumber),
    EMAIL(Household::getEmail),
    BENEFITS_BODY(h -> h.getBenefitsBody().name());

    private final Function<Household, String> reader;

    HouseholdField(Function<Household, String> reader) {
        this.reader = reader;
    }

    public String valueIn(Household household) {
        return reader.apply(household);
    }
}
