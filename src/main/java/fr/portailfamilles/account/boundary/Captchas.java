package fr.portailfamilles.account.boundary;

import fr.portailfamilles.account.control.CaptchaImage;
import fr.portailfamilles.account.control.SecureTokens;
import fr.portailfamilles.account.entity.CaptchaChallenge;
import fr.portailfamilles.platform.boundary.Clock;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Security codes for the login page, kept in the database so that any node can check the answer. */
@Stateless
public class Captchas {

    private static final Duration VALIDITY = Duration.ofMinutes(20);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public String newChallenge() {
        Instant now = clock.now();
        em.createNamedQuery(CaptchaChallenge.PURGE).setParameter("now", now).executeUpdate();
        String token = SecureTokens.token();
        em.persist(new CaptchaChallenge(token, SecureTokens.securityCode(), now.plus(VALIDITY)));
        return token;
    }

    public Optional<byte[]> image(String token) {
        if (token == null || token.length() > 64) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(CaptchaChallenge.class, token)).map(c -> CaptchaImage.png(c.getCode()));
    }

    /** Each code can be answered once, right or wrong. */
    public boolean answer(String token, String answer) {
        if (token == null || token.length() > 64) {
            return false;
        }
        CaptchaChallenge challenge = em.find(CaptchaChallenge.class, token);
        if (challenge == null) {
            return false;
        }
        em.remove(challenge);
        return challenge.isAnsweredBy(answer, clock.now());
    }
}
