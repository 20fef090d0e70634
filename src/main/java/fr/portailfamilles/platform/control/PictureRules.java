package fr.portailfamilles.platform.control;

import fr.portailfamilles.platform.boundary.ActionRefused;

import java.awt.Dimension;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/**
 * What a picture sent to the portal may be (the centre's logo, a news item's picture): PNG or JPEG recognised by
 * its bytes, within a weight and a number of pixels a side. Only the image's header is read for its size: a small
 * file claiming a huge picture is refused without being decoded.
 *
 * @param messages the prefix of the refusals' keys: &lt;prefix&gt;.empty, .tooLarge, .type, .pixels ({0}: the pixels)
 */
public record PictureRules(int maxBytes, int maxPixels, String messages) {

    private static final Set<String> MEDIA_TYPES = Set.of("image/png", "image/jpeg");

    public byte[] read(InputStream in) throws IOException {
        return FileKinds.read(in, maxBytes, messages + ".empty", messages + ".tooLarge");
    }

    /** @return the media type the bytes really are, once the picture is found acceptable */
    public String check(byte[] bytes) {
        if (bytes.length == 0) {
            throw new ActionRefused(messages + ".empty");
        }
        if (bytes.length > maxBytes) {
            throw new ActionRefused(messages + ".tooLarge");
        }
        String mediaType = FileKinds.detect(bytes);
        if (!MEDIA_TYPES.contains(mediaType)) {
            throw new ActionRefused(messages + ".type");
        }
        Dimension size = FileKinds.imageSize(bytes).orElseThrow(() -> new ActionRefused(messages + ".type"));
        if (size.width > maxPixels || size.height > maxPixels) {
            throw new ActionRefused(messages + ".pixels", maxPixels);
        }
        return mediaType;
    }

    /** SHA-256 of a picture in hexadecimal: its ETag, so that a changed picture shows at once on every node. */
    public static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
