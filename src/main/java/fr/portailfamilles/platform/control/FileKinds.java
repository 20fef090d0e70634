package fr.portailfamilles.platform.control;

import fr.portailfamilles.platform.boundary.ActionRefused;
import org.apache.tika.Tika;

import java.io.IOException;
import java.io.InputStream;

/** What a file really is, from its bytes: a name ending in ".png" proves nothing. */
public final class FileKinds {

    private static final Tika TIKA = new Tika();

    private FileKinds() {
    }

    /** @return the media type the bytes are, as Tika recognises it ("image/png") */
    public static String detect(byte[] bytes) {
        return TIKA.detect(bytes);
    }

    /**
     * Reads at most one byte past the limit, so that a huge upload is not held in memory to be refused.
     *
     * @throws ActionRefused with emptyKey or tooLargeKey
     */
    public static byte[] read(InputStream in, int maxBytes, String emptyKey, String tooLargeKey) throws IOException {
        byte[] bytes = in.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
            throw new ActionRefused(tooLargeKey);
        }
        if (bytes.length == 0) {
            throw new ActionRefused(emptyKey);
        }
        return bytes;
    }
}
