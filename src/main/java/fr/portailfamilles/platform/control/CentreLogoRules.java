package fr.portailfamilles.platform.control;

import java.io.IOException;
import java.io.InputStream;

/** What the centre's logo may be: at most 1 MB and 2000 pixels a side (it is shown 48 pixels high on pages and PDFs). */
public final class CentreLogoRules {

    public static final int MAX_BYTES = 1024 * 1024;
    public static final int MAX_PIXELS = 2000;

    private static final PictureRules RULES = new PictureRules(MAX_BYTES, MAX_PIXELS, "centre.logo");

    private CentreLogoRules() {
    }

    public static byte[] read(InputStream in) throws IOException {
        return RULES.read(in);
    }

    /** @return the media type the bytes really are, once the picture is found acceptable */
    public static String check(byte[] bytes) {
        return RULES.check(bytes);
    }
}
