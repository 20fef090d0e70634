package fr.portailfamilles.document;

import fr.portailfamilles.document.control.AcceptedFiles;
import fr.portailfamilles.platform.control.FileKinds;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.testing.TestFiles;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AcceptedFilesTest {

    @Test
    void pdfAndImagesAreRecognisedByTheirBytes() throws IOException {
        assertEquals("application/pdf", AcceptedFiles.mediaTypeOf(TestFiles.pdf("Attestation")));
        assertEquals("image/png", AcceptedFiles.mediaTypeOf(image("png")));
        assertEquals("image/jpeg", AcceptedFiles.mediaTypeOf(image("jpeg")));
    }

    @Test
    void aFileThatOnlyStartsLikeOneIsRefusedAsUnreadable() throws IOException {
        assertRefused("document.unreadable", () -> AcceptedFiles.mediaTypeOf(
                "%PDF-1.4\n<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.US_ASCII)));
        byte[] png = image("png");
        assertRefused("document.unreadable", () -> AcceptedFiles.mediaTypeOf(Arrays.copyOf(png, 20)));
    }

    @Test
    void otherContentIsRefusedWhateverItsName() {
        assertRefused("document.type", () -> AcceptedFiles.mediaTypeOf("Bonjour".getBytes(StandardCharsets.UTF_8)));
        assertRefused("document.type", () -> AcceptedFiles.mediaTypeOf("<html><body>x</body></html>".getBytes(StandardCharsets.UTF_8)));
        assertRefused("document.type", () -> AcceptedFiles.mediaTypeOf(new byte[]{'P', 'K', 3, 4, 20, 0, 0, 0}));
    }

    @Test
    void fiveMegabytesAtMostAndNotEmpty() throws IOException {
        byte[] limit = new byte[AcceptedFiles.MAX_BYTES];
        assertArrayEquals(limit, AcceptedFiles.read(new ByteArrayInputStream(limit)));
        assertRefused("document.tooLarge", () -> AcceptedFiles.read(new ByteArrayInputStream(new byte[AcceptedFiles.MAX_BYTES + 1])));
        assertRefused("document.empty", () -> AcceptedFiles.read(new ByteArrayInputStream(new byte[0])));
    }

    @Test
    void namesAreCleanedForDisplayAndDownload() {
        assertEquals("attestation CAF (2026).pdf", FileKinds.cleanName("C:\\Users\\moi\\attestation CAF (2026).pdf"));
        assertEquals("_script_.pdf", FileKinds.cleanName("../<script>.pdf"));
        assertEquals("document", FileKinds.cleanName(null));
    }

    private static byte[] image(String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    private static void assertRefused(String key, org.junit.jupiter.api.function.Executable action) {
        assertEquals(key, assertThrows(ActionRefused.class, action).messageKey());
    }
}
