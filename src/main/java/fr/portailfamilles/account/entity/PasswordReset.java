package fr.portailfamilles.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

/** A "J'ai oublié mon mot de passe" link: single use, 30 minutes, only the token's hash is kept. */
@Entity
@Table(name = "password_reset")
@NamedQuery(name = PasswordReset.FIND_BY_TOKEN_HASH, query = "select r from PasswordReset r where r.tokenHash = :tokenHash")
public class PasswordReset {

    public static final String FIND_BY_TOKEN_HASH = "PasswordReset.findByTokenHash";
    public static final Duration VALIDITY = Duration.ofMinutes(30);

    @Id
    @SequenceGenerator(name = "password_reset_seq", sequenceName = "password_reset_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "password_reset_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private UserAccount account;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected PasswordReset() {
    }

    public PasswordReset(UserAccount account, String tokenHash, Instant now) {
        this.account = account;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(VALIDITY);
    }

    public boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt) && account.isEnabled();
    }

    public void use(Instant now) {
        if (!isUsable(now)) {
            throw new IllegalStateException("This reset link can no longer be used");
        }
        this.usedAt = now;
    }

    public UserAccount getAccount() { return account; }
    public Instant getExpiresAt() { return expiresAt; }
}
