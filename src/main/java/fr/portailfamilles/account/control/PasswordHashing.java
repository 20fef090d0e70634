package fr.portailfamilles.account.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/**
 * PBKDF2-HMAC-SHA256 at 600,000 iterations with a 32-byte salt (OWASP 2023 guidance). The stored form
 * carries its own parameters, so hashes made with weaker ones still verify and can be upgraded.
 */
@ApplicationScoped
public class PasswordHashing {

    static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    static final int ITERATIONS = 600_000;
    static final int SALT_BYTES = 32;
    static final int KEY_BYTES = 32;

    @Inject
    Pbkdf2PasswordHash hash;

    private volatile String decoyHash;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", String.valueOf(SALT_BYTES),
                "Pbkdf2PasswordHash.KeySizeBytes", String.valueOf(KEY_BYTES)));
    }

    /** Costs as much as a real check, for logins to unknown accounts: timing must not tell which exist. */
    public void verifyDecoy(char[] password) {
        hash.verify(password, decoy());
    }

    /** Made at the first unknown login rather than at start-up, where it would cost a third of a second. */
    private String decoy() {
        if (decoyHash == null) {
            decoyHash = hash.generate(java.util.UUID.randomUUID().toString().toCharArray());
        }
        return decoyHash;
    }

    public String hash(char[] password) {
        return hash.generate(password);
    }

    public boolean verify(char[] password, String storedHash) {
        return storedHash != null && hash.verify(password, storedHash);
    }

    /** A hash made with another algorithm, fewer iterations or a shorter salt is replaced at the next login. */
    public boolean needsUpgrade(String storedHash) {
        return !StoredHash.parse(storedHash).meets(ALGORITHM, ITERATIONS, SALT_BYTES);
    }
}
