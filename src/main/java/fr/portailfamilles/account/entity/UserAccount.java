package fr.portailfamilles.account.entity;

import fr.portailfamilles.household.entity.Guardian;
import fr.portailfamilles.household.entity.Household;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Locale;

/** A login: a parent tied to one household, or a member of staff or of the IT department. */
@Entity
@Table(name = "user_account")
@NamedQuery(name = UserAccount.FIND_BY_EMAIL, query = "select u from UserAccount u where u.email = :email")
public class UserAccount {

    public static final String FIND_BY_EMAIL = "UserAccount.findByEmail";

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

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "household_id")
    private Household household;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "guardian_id")
    private Guardian guardian;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Version
    private long version;

    protected UserAccount() {
    }

    private UserAccount(String email, String displayName, String passwordHash, Role role) {
        this.email = normalize(email);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.createdAt = Instant.now();
    }

    public static UserAccount forGuardian(Guardian guardian, String email, String passwordHash) {
        UserAccount account = new UserAccount(email, guardian.getFullName(), passwordHash, Role.PARENT);
        account.household = guardian.getHousehold();
        account.guardian = guardian;
        return account;
    }

    public static UserAccount forStaff(String email, String displayName, String passwordHash, Role role) {
        if (role == Role.PARENT) {
            throw new IllegalArgumentException("A parent account belongs to a guardian");
        }
        return new UserAccount(email, displayName, passwordHash, role);
    }

    /** E-mail addresses are compared without case and surrounding blanks. */
    public static String normalize(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public void recordLogin(Instant when) {
        this.lastLoginAt = when;
    }

    public void replacePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    public Long getId() { return id; }
    public String getEmail() { return email; }
    public String getDisplayName() { return displayName; }
    public String getPasswordHash() { return passwordHash; }
    public Role getRole() { return role; }
    public Household getHousehold() { return household; }
    public Guardian getGuardian() { return guardian; }
    public boolean isEnabled() { return enabled; }
    public boolean isMustChangePassword() { return mustChangePassword; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getLastLoginAt() { return lastLoginAt; }
}
