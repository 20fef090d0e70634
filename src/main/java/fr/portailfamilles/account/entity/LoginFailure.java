package fr.portailfamilles.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** A failed login, whether or not the address typed belongs to an account. */
@Entity
@Table(name = "login_failure")
@NamedQuery(name = LoginFailure.TIMES_FOR_KEY,
        query = "select f.occurredAt from LoginFailure f where f.loginKey = :key and f.occurredAt > :since order by f.occurredAt")
@NamedQuery(name = LoginFailure.CLEAR_KEY, query = "delete from LoginFailure f where f.loginKey = :key")
@NamedQuery(name = LoginFailure.PURGE, query = "delete from LoginFailure f where f.occurredAt < :before")
public class LoginFailure {

    public static final String TIMES_FOR_KEY = "LoginFailure.timesForKey";
    public static final String CLEAR_KEY = "LoginFailure.clearKey";
    public static final String PURGE = "LoginFailure.purge";

    @Id
    @SequenceGenerator(name = "login_failure_seq", sequenceName = "login_failure_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "login_failure_seq")
    private Long id;

    @Column(name = "login_key", nullable = false)
    private String loginKey;

    @Column(name = "client_address", nullable = false)
    private String clientAddress;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected LoginFailure() {
    }

    public LoginFailure(String loginKey, String clientAddress, Instant occurredAt) {
        this.loginKey = loginKey;
        this.clientAddress = clientAddress;
        this.occurredAt = occurredAt;
    }
}
