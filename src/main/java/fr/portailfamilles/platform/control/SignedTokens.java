package fr.portailfamilles.platform.control;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Random tokens that carry their own HMAC-SHA256 signature: any node holding the key can tell one it issued
 * (or another node did) from one made up elsewhere, with nothing stored per visitor.
 */
public final class SignedTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final byte[] key;

    public SignedTokens(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("A signing key needs at least 256 bits");
        }
        this.key = key.clone();
    }

    /** 256 random bits for a new key, or any other secret. */
    public static byte[] randomKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    public String issue() {
        byte[] nonce = new byte[18];
        RANDOM.nextBytes(nonce);
        String body = ENCODER.encodeToString(nonce);
        return body + "." + signature(body);
    }

    public boolean isGenuine(String token) {
        if (token == null || token.length() > 100) {
            return false;
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        byte[] expected = signature(token.substring(0, dot)).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
    }

    private String signature(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return ENCODER.encodeToString(mac.doFinal(body.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java platform", e);
        }
    }
}
