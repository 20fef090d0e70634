package fr.portailfamilles.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * A login: a parent tied to one guardian of one household, or a member of staff or of the IT department. The
 * guardian and the household are kept by their ids only: the household area owns them and does not know logins.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = UserAccount.FIND_BY_EMAIL, query = "select u from UserAccount u where u.email = :email")
@NamedQuery(name = UserAccount.FIND_STAFF, query = "select u from UserAccount u where u.role <> fr.portailfamilles.account.entity.Role.PARENT order by u.displayName")
@NamedQuery(name = UserAccount.FIND_BY_GUARDIAN, query = "select u from UserAccount u where u.guardianId = :guardianId")
@NamedQuery(name = UserAccount.FIND_BY_GUARDIANS, query = "select u from UserAccount u where u.guardianId in :guardianIds")
@NamedQuery(name = UserAccount.FIND_FOR_HOUSEHOLD,
        query = "select u from UserAccount u where u.householdId = :householdId order by u.email")
public class UserAccount {

    public static final String FIND_BY_EMAIL = "UserAccount.findByEmail";
    public static final String FIND_STAFF = "UserAccount.findStaff";
    public static final String FIND_BY_GUARDIAN = "UserAccount.findByGuardian";
    public static final String FIND_BY_GUARDIANS = "UserAccount.findByGuardians";
    public static final String FIND_FOR_HOUSEHOLD = "UserAccount.findForHousehold";

    @Id
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    private Long id;

    @Column(nullable = false, unique = true)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "household_id")
    private Long householdId;

    @Column(name = "guardian_id")
    private Long guardianId;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    /** Set while the password is a provisional one sent by e-mail: it must be replaced at first login. */
    @Column(name = "provisional_expires_at")
    private Instant provisionalExpiresAt;

    @Column(name = "credentials_changed_at", nullable = false)
    private Instant credentialsChangedAt;

    @Version
    private long version;

    protected UserAccount() {
    }

    private UserAccount(String email, String displayName, String passwordHash, Role role, Instant createdAt) {
        this.email = normalize(email);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.createdAt = createdAt;
        this.credentialsChangedAt = stamp(createdAt);
    }

    /** @param guardianName the guardian's full name, greeting them on the portal */
    public static UserAccount forGuardian(long guardianId, long householdId, String guardianName, String email, String passwordHash,
                                          Instant createdAt) {
        UserAccount account = new UserAccount(email, guardianName, passwordHash, Role.PARENT, createdAt);
        account.householdId = householdId;
        account.guardianId = guardianId;
        return account;
    }

    public static UserAccount forStaff(String email, String displayName, String passwordHash, Role role, Instant createdAt) {
        if (role == Role.PARENT) {
            throw new IllegalArgumentException("A parent account belongs to a guardian");
        }
        return new UserAccount(email, displayName, passwordHash, role, createdAt);
    }

    /** E-mail addresses are compared without case and surrounding blanks. */
    public static String normalize(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public void recordLogin(Instant when) {
        this.lastLoginAt = when;
    }

    /** The same password, hashed again with stronger parameters: nothing else changes. */
    public void upgradePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    /** A password chosen by the user: ends every other session. */
    public void changePassword(String newHash, Instant when) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
        this.provisionalExpiresAt = null;
        this.credentialsChangedAt = stamp(when);
    }

    /** A random password sent by e-mail, to be replaced at the first login. */
    public void giveProvisionalPassword(String newHash, Instant expiresAt, Instant when) {
        this.passwordHash = newHash;
        this.mustChangePassword = true;
        this.provisionalExpiresAt = expiresAt;
        this.credentialsChangedAt = stamp(when);
    }

    /** Millisecond precision: what every database keeps, so sessions compare to the stored value exactly. */
    private static Instant stamp(Instant when) {
        return when.truncatedTo(ChronoUnit.MILLIS);
    }

    public boolean isProvisionalExpired(Instant now) {
        return provisionalExpiresAt != null && now.isAfter(provisionalExpiresAt);
    }

    public void disable(Instant when) {
        this.enabled = false;
        this.credentialsChangedAt = stamp(when);
    }

    public void enable() {
        this.enabled = true;
    }

    public void changeRole(Role newRole) {
        if (role == Role.PARENT || newRole == Role.PARENT) {
            throw new IllegalArgumentException("Only staff and IT roles can be exchanged");
        }
        this.role = newRole;
    }

    public Long getId() { return id; }
    public String getEmail() { return email; }
    public String getDisplayName() { return displayName; }
    public String getPasswordHash() { return passwordHash; }
    public Role getRole() { return role; }
    public Long getHouseholdId() { return householdId; }
    public Long getGuardianId() { return guardianId; }
    public boolean isEnabled() { return enabled; }
    public boolean isMustChangePassword() { return mustChangePassword; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getLastLoginAt() { return lastLoginAt; }
    public Instant getProvisionalExpiresAt() { return provisionalExpiresAt; }
    public Instant getCredentialsChangedAt() { return credentialsChangedAt; }
}
