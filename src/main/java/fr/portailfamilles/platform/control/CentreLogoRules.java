package fr.portailfamilles.platform.control;

import fr.portailfamilles.platform.boundary.ActionRefused;

import java.awt.Dimension;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * What the centre's logo may be: PNG or JPEG recognised by its bytes, at most 1 MB and 2000 pixels a side (it is
 * shown 48 pixels high on pages and PDFs). Only the image's header is read for its size: a small file claiming a huge
 * picture is refused without being decoded.
 */
public final class CentreLogoRules {

    public static final int MAX_BYTES = 1024 * 1024;
    public static final int MAX_PIXELS = 2000;

    private static final Set<String> MEDIA_TYPES = Set.of("image/png", "image/jpeg");

    private CentreLogoRules() {
    }

    public static byte[] read(InputStream in) throws IOException {
        return FileKinds.read(in, MAX_BYTES, "centre.logo.empty", "centre.logo.tooLarge");
    }

    /** @return the media type the bytes really are, once the picture is found acceptable */
    public static String check(byte[] bytes) {
        if (bytes.length == 0) {
            throw new ActionRefused("centre.logo.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new ActionRefused("centre.logo.tooLarge");
        }
        String mediaType = FileKinds.detect(bytes);
        if (!MEDIA_TYPES.contains(mediaType)) {
            throw new ActionRefused("centre.logo.type");
        }
        Dimension size = FileKinds.imageSize(bytes).orElseThrow(() -> new ActionRefused("centre.logo.type"));
        if (size.width > MAX_PIXELS || size.height > MAX_PIXELS) {
            throw new ActionRefused("centre.logo.pixels", MAX_PIXELS);
        }
        return mediaType;
    }
}
