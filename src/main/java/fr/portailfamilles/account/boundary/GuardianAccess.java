package fr.portailfamilles.account.boundary;

import fr.portailfamilles.account.entity.UserAccount;
import fr.portailfamilles.household.entity.Guardian;

import java.io.Serializable;
import java.time.Instant;

/** A guardian as the portal-access screen lists them (a class with getters: Faces 4's EL does not read records). */
public final class GuardianAccess implements Serializable {

    private final long guardianId;
    private final String guardianName;
    private final String householdName;
    private final String email;
    private final boolean hasAccount;
    private final boolean pending;
    private final Instant lastLoginAt;

    private GuardianAccess(Guardian guardian, UserAccount account) {
        this.guardianId = guardian.getId();
        this.guardianName = guardian.getLastName() + " " + guardian.getFirstName();
        this.householdName = guardian.getHousehold().getName();
        this.email = guardian.getEmail();
        this.hasAccount = account != null;
        this.pending = account != null && account.isMustChangePassword();
        this.lastLoginAt = account == null ? null : account.getLastLoginAt();
    }

    static GuardianAccess of(Guardian guardian, UserAccount account) {
        return new GuardianAccess(guardian, account);
    }

    public long getGuardianId() { return guardianId; }
    public String getGuardianName() { return guardianName; }
    public String getHouseholdName() { return householdName; }
    public String getEmail() { return email; }
    public boolean isHasAccount() { return hasAccount; }
    public boolean isPending() { return pending; }
    public Instant getLastLoginAt() { return lastLoginAt; }
}
