package fr.portailfamilles.account.control;

import java.util.Base64;

/** The parts of a stored PBKDF2 hash, "ALGORITHM:ITERATIONS:BASE64-SALT:BASE64-KEY". */
public record StoredHash(String algorithm, int iterations, int saltBytes, int keyBytes) {

    public static StoredHash parse(String stored) {
        String[] parts = stored == null ? new String[0] : stored.split(":");
        if (parts.length != 4) {
            return new StoredHash("unknown", 0, 0, 0);
        }
        try {
            return new StoredHash(parts[0], Integer.parseInt(parts[1]),
                    Base64.getDecoder().decode(parts[2]).length, Base64.getDecoder().decode(parts[3]).length);
        } catch (IllegalArgumentException e) {
            return new StoredHash("unknown", 0, 0, 0);
        }
    }

    public boolean meets(String wantedAlgorithm, int minIterations, int minSaltBytes) {
        return wantedAlgorithm.equals(algorithm) && iterations >= minIterations && saltBytes >= minSaltBytes;
    }
}
