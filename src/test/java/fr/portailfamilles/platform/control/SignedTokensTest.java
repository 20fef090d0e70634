package fr.portailfamilles.platform.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignedTokensTest {

    private final byte[] key = SignedTokens.randomKey();

    @Test
    void aTokenIssuedWithTheKeyIsRecognisedByAnyHolderOfIt() {
        String token = new SignedTokens(key).issue();
        assertTrue(new SignedTokens(key.clone()).isGenuine(token), "another node, same key");
        assertNotEquals(token, new SignedTokens(key).issue(), "each token is new");
    }

    @Test
    void madeUpOrAlteredTokensAreNot() {
        SignedTokens tokens = new SignedTokens(key);
        String token = tokens.issue();
        assertFalse(new SignedTokens(SignedTokens.randomKey()).isGenuine(token), "another key");
        // Another first character: one token in 64 begins with « A » already.
        assertFalse(tokens.isGenuine((token.charAt(0) == 'A' ? "B" : "A") + token.substring(1)));
        assertFalse(tokens.isGenuine(token.substring(0, token.indexOf('.'))));
        assertFalse(tokens.isGenuine(null));
        assertFalse(tokens.isGenuine(".abc"));
    }
}
