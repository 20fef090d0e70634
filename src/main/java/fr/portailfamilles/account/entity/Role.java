package fr.portailfamilles.account.entity;

/** Who may do what; the names are the Jakarta Security group names used in web.xml and @RolesAllowed. */
public enum Role {
    PARENT, STAFF, IT;

    /** IT does everything staff do, plus the invoice-run screens and settings. */
    public java.util.Set<String> groups() {
        return switch (this) {
            case PARENT -> java.util.Set.of(PARENT.name());
            case STAFF -> java.util.Set.of(STAFF.name());
            case IT -> java.util.Set.of(STAFF.name(), IT.name());
        };
    }
}
