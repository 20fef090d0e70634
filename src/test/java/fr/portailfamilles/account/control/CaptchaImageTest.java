package fr.portailfamilles.account.control;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class CaptchaImageTest {

    @Test
    void drawsAPngOfTheAnnouncedSize() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(CaptchaImage.png("AB3CD")));
        assertEquals(CaptchaImage.WIDTH, image.getWidth());
        assertEquals(CaptchaImage.HEIGHT, image.getHeight());
    }

    @Test
    void theSameCodeIsNeverDrawnTwiceTheSameWay() {
        assertNotEquals(java.util.Arrays.hashCode(CaptchaImage.png("AB3CD")), java.util.Arrays.hashCode(CaptchaImage.png("AB3CD")));
    }
}
