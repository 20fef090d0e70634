package fr.portailfamilles.platform.control;

import fr.portailfamilles.platform.boundary.ActionRefused;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CentreLogoRulesTest {

    @Test
    void pngAndJpegAreRecognisedByTheirBytes() throws IOException {
        assertEquals("image/png", CentreLogoRules.check(image("png", 120, 40)));
        assertEquals("image/jpeg", CentreLogoRules.check(image("jpeg", 120, 40)));
    }

    @Test
    void anythingElseIsRefusedWhateverItsName() throws IOException {
        assertRefused("centre.logo.type", () -> CentreLogoRules.check("%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
        assertRefused("centre.logo.type", () -> CentreLogoRules.check("<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8)));
        assertRefused("centre.logo.type", () -> CentreLogoRules.check(image("gif", 20, 20)));
        assertRefused("centre.logo.empty", () -> CentreLogoRules.check(new byte[0]));
    }

    @Test
    void aPictureOverTwoThousandPixelsASideIsRefused() throws IOException {
        assertEquals("image/png", CentreLogoRules.check(image("png", CentreLogoRules.MAX_PIXELS, 10)));
        assertRefused("centre.logo.pixels", () -> CentreLogoRules.check(image("png", CentreLogoRules.MAX_PIXELS + 1, 10)));
        assertRefused("centre.logo.pixels", () -> CentreLogoRules.check(image("png", 10, CentreLogoRules.MAX_PIXELS + 1)));
    }

    @Test
    void aFileOverOneMegabyteIsRefusedWithoutReadingItAll() {
        byte[] large = new byte[CentreLogoRules.MAX_BYTES + 10];
        assertRefused("centre.logo.tooLarge", () -> CentreLogoRules.read(new ByteArrayInputStream(large)));
        assertRefused("centre.logo.tooLarge", () -> CentreLogoRules.check(large));
        assertRefused("centre.logo.empty", () -> CentreLogoRules.read(new ByteArrayInputStream(new byte[0])));
    }

    private static void assertRefused(String key, Executable check) {
        assertEquals(key, assertThrows(ActionRefused.class, check).messageKey());
    }

    static byte[] image(String format, int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }
}
