package fr.portailfamilles.account.control;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecureTokensTest {

    @Test
    void tokensAreLongUrlSafeAndDistinct() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = SecureTokens.token();
            assertEquals(43, token.length());
            assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
            assertTrue(seen.add(token));
        }
    }

    @Test
    void provisionalPasswordsAvoidLookAlikeCharacters() {
        String password = SecureTokens.provisionalPassword();
        assertEquals(14, password.length());
        assertTrue(password.matches("[^0O1Il]+"), password);
    }

    @Test
    void tokensAreStoredAsSha256() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", SecureTokens.sha256("abc"));
        assertNotEquals(SecureTokens.sha256("abc"), SecureTokens.sha256("abd"));
    }
}
