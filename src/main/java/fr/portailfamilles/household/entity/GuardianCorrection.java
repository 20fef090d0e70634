package fr.portailfamilles.household.entity;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/**
 * The details of a guardian's file that parents may ask to correct from Mes informations: their phone numbers and
 * their contact e-mail (a guardian who logs in keeps the portal login as e-mail: IT changes that one).
 */
public enum GuardianCorrection {
    MOBILE_PHONE(Guardian::getMobilePhone),
    HOME_PHONE(Guardian::getHomePhone),
    WORK_PHONE(Guardian::getWorkPhone),
    EMAIL(Guardian::getEmail);

    /** The same names as the staff's own edits of a guardian in the change log. */
    private static final String PREFIX = "GUARDIAN_";

    private final Function<Guardian, String> reader;

    GuardianCorrection(Function<Guardian, String> reader) {
        this.reader = reader;
    }

    public String valueIn(Guardian guardian) {
        return reader.apply(guardian);
    }

    public String code() {
        return PREFIX + name();
    }

    public boolean isPhone() {
        return this != EMAIL;
    }

    public static Optional<GuardianCorrection> ofCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code().equals(code)).findFirst();
    }
}
