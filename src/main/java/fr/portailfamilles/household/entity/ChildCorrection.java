package fr.portailfamilles.household.entity;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/** The details of a child's file that parents may ask to correct from Mes enfants, with how each is read. */
public enum ChildCorrection {
    SCHOOL(Child::getSchool),
    SCHOOL_CLASS(Child::getSchoolClass),
    ALLERGIES(Child::getAllergies),
    PAI(c -> c.isHasPai() ? c.getPaiDetails() : null),
    DOCTOR_NAME(Child::getDoctorName),
    DOCTOR_PHONE(Child::getDoctorPhone),
    PHOTOS(c -> String.valueOf(c.isPhotosAllowed())),
    LEAVE_ALONE(c -> String.valueOf(c.isMayLeaveAlone())),
    PICKUPS(c -> ContactLine.encodeContacts(c.contactsOfKind(ContactKind.PICKUP))),
    EMERGENCY_CONTACTS(c -> ContactLine.encodeContacts(c.contactsOfKind(ContactKind.EMERGENCY)));

    private static final String PREFIX = "CHILD_";

    private final Function<Child, String> reader;

    ChildCorrection(Function<Child, String> reader) {
        this.reader = reader;
    }

    public String valueIn(Child child) {
        return reader.apply(child);
    }

    /** How a request item and the change log name it, apart from the household's own fields. */
    public String code() {
        return PREFIX + name();
    }

    /** The whole list of people of one kind, stored as {@link ContactLine#encode} writes it. */
    public boolean isContactList() {
        return this == PICKUPS || this == EMERGENCY_CONTACTS;
    }

    public static Optional<ChildCorrection> ofCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code().equals(code)).findFirst();
    }
}
