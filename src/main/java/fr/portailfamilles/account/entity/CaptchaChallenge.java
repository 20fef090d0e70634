package fr.portailfamilles.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One security code shown on the login page; answered once, then deleted. */
@Entity
@Table(name = "captcha_challenge")
@jakarta.persistence.NamedQuery(name = CaptchaChallenge.PURGE, query = "delete from CaptchaChallenge c where c.expiresAt < :now")
public class CaptchaChallenge {

    public static final String PURGE = "CaptchaChallenge.purge";

    @Id
    private String token;

    @Column(nullable = false)
    private String code;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected CaptchaChallenge() {
    }

    public CaptchaChallenge(String token, String code, Instant expiresAt) {
        this.token = token;
        this.code = code;
        this.expiresAt = expiresAt;
    }

    /** Case and surrounding blanks do not matter: the image is hard enough to read as it is. */
    public boolean isAnsweredBy(String answer, Instant now) {
        return answer != null && now.isBefore(expiresAt) && code.equalsIgnoreCase(answer.strip());
    }

    public String getToken() { return token; }
    public String getCode() { return code; }
    public Instant getExpiresAt() { return expiresAt; }
}
