package fr.portailfamilles.billing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A bearer token with which a script of IT starts or restarts invoice runs over HTTP. Shown once when it is
 * created; only its SHA-256 is kept, so a copy of the database gives no token away. Revoked, it opens nothing.
 */
@Entity
@Table(name = "invoice_run_token")
@NamedQuery(name = RunToken.ALL, query = "select t from RunToken t order by t.createdAt desc, t.id desc")
@NamedQuery(name = RunToken.BY_HASH, query = "select t from RunToken t where t.tokenHash = :hash")
public class RunToken {

    public static final String ALL = "RunToken.all";
    public static final String BY_HASH = "RunToken.byHash";

    @Id
    @SequenceGenerator(name = "invoice_run_token_seq", sequenceName = "invoice_run_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_run_token_seq")
    private Long id;

    @Column(nullable = false, length = 80)
    private String name;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected RunToken() {
    }

    public RunToken(String name, String tokenHash, String createdBy, Instant now) {
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public void revoke(String actor, Instant now) {
        if (!isRevoked()) {
            revokedBy = actor;
            revokedAt = now;
        }
    }

    public void used(Instant now) {
        lastUsedAt = now;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public String getRevokedBy() { return revokedBy; }
    public Instant getRevokedAt() { return revokedAt; }
    public Instant getLastUsedAt() { return lastUsedAt; }
}
