package fr.portailfamilles.account.control;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;

/**
 * Draws the "cryptogramme de sécurité" on the server with Java 2D: no third-party service, so it works on a
 * centre's server without internet. Letters are rotated, shifted and crossed by lines.
 */
public final class CaptchaImage {

    public static final int WIDTH = 180;
    public static final int HEIGHT = 60;

    private static final SecureRandom RANDOM = new SecureRandom();

    private CaptchaImage() {
    }

    public static byte[] png(String code) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(245, 247, 250));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            noise(g, 6, 1.2f);
            Font font = new Font(Font.SANS_SERIF, Font.BOLD, 34);
            int step = (WIDTH - 20) / code.length();
            for (int i = 0; i < code.length(); i++) {
                AffineTransform turn = AffineTransform.getRotateInstance(Math.toRadians(RANDOM.nextInt(50) - 25));
                g.setFont(font.deriveFont(turn));
                g.setColor(new Color(20 + RANDOM.nextInt(80), 40 + RANDOM.nextInt(80), 90 + RANDOM.nextInt(100)));
                g.drawString(String.valueOf(code.charAt(i)), 12 + i * step + RANDOM.nextInt(6), 40 + RANDOM.nextInt(10));
            }
            noise(g, 4, 2f);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    private static void noise(Graphics2D g, int lines, float width) {
        g.setStroke(new BasicStroke(width));
        for (int i = 0; i < lines; i++) {
            g.setColor(new Color(120 + RANDOM.nextInt(100), 120 + RANDOM.nextInt(100), 120 + RANDOM.nextInt(100)));
            g.drawLine(RANDOM.nextInt(WIDTH), RANDOM.nextInt(HEIGHT), RANDOM.nextInt(WIDTH), RANDOM.nextInt(HEIGHT));
        }
    }
}
