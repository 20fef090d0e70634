package fr.portailfamilles.account;

import fr.portailfamilles.account.control.StoredHash;
import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoredHashTest {

    private static String hash(String algorithm, int iterations, int saltBytes) {
        Base64.Encoder base64 = Base64.getEncoder();
        return algorithm + ":" + iterations + ":" + base64.encodeToString(new byte[saltBytes]) + ":"
                + base64.encodeToString(new byte[32]);
    }

    @Test
    void readsTheParametersOfAStoredHash() {
        StoredHash parsed = StoredHash.parse(hash("PBKDF2WithHmacSHA256", 600_000, 32));
        assertEquals(new StoredHash("PBKDF2WithHmacSHA256", 600_000, 32, 32), parsed);
        assertTrue(parsed.meets("PBKDF2WithHmacSHA256", 600_000, 16));
    }

    @Test
    void theContainerDefaultOf2048IterationsNeedsAnUpgrade() {
        assertFalse(StoredHash.parse(hash("PBKDF2WithHmacSHA256", 2048, 32)).meets("PBKDF2WithHmacSHA256", 600_000, 16));
    }

    @Test
    void anotherAlgorithmOrAShortSaltNeedsAnUpgrade() {
        assertFalse(StoredHash.parse(hash("PBKDF2WithHmacSHA1", 600_000, 32)).meets("PBKDF2WithHmacSHA256", 600_000, 16));
        assertFalse(StoredHash.parse(hash("PBKDF2WithHmacSHA256", 600_000, 8)).meets("PBKDF2WithHmacSHA256", 600_000, 16));
    }

    @Test
    void garbageNeverMeetsThePolicy() {
        assertFalse(StoredHash.parse("not a hash").meets("PBKDF2WithHmacSHA256", 1, 1));
        assertFalse(StoredHash.parse(null).meets("PBKDF2WithHmacSHA256", 1, 1));
        assertFalse(StoredHash.parse("A:x:y:z").meets("A", 1, 1));
    }
}
