package fr.portailfamilles.account.boundary;

import fr.portailfamilles.account.entity.UserAccount;
import fr.portailfamilles.household.boundary.GuardianContact;

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

    private GuardianAccess(GuardianContact guardian, UserAccount account) {
        this.guardianId = guardian.guardianId();
        this.guardianName = guardian.lastName() + " " + guardian.firstName();
        this.householdName = guardian.householdName();
        this.email = guardian.email();
        this.hasAccount = account != null;
        this.pending = account != null && account.isMustChangePassword();
        this.lastLoginAt = account == null ? null : account.getLastLoginAt();
    }

    static GuardianAccess of(GuardianContact guardian, UserAccount account) {
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
