package fr.portailfamilles.household.entity;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/** What the change log compares when staff edit a guardian. */
public enum GuardianField {
    CIVILITY(g -> g.getCivility().name()),
    LAST_NAME(Guardian::getLastName),
    FIRST_NAME(Guardian::getFirstName),
    RELATIONSHIP(g -> g.getRelationship().name()),
    EMAIL(Guardian::getEmail),
    MOBILE_PHONE(Guardian::getMobilePhone),
    HOME_PHONE(Guardian::getHomePhone),
    WORK_PHONE(Guardian::getWorkPhone),
    OWN_ADDRESS(g -> g.hasOwnAddress() ? g.getAddressLine() + ", " + g.getPostcode() + " " + g.getTown() : null),
    BILLED(g -> String.valueOf(g.isBilled()));

    private final Function<Guardian, String> reader;

    GuardianField(Function<Guardian, String> reader) {
        this.reader = reader;
    }

    public static Map<GuardianField, String> snapshot(Guardian guardian) {
        Map<GuardianField, String> values = new EnumMap<>(GuardianField.class);
        for (GuardianField field : values()) {
            values.put(field, field.reader.apply(guardian));
        }
        return values;
    }
}
