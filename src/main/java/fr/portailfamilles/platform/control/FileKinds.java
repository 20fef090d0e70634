package fr.portailfamilles.platform.control;

import com.lowagie.text.pdf.PdfReader;
import fr.portailfamilles.platform.boundary.ActionRefused;
import org.apache.tika.Tika;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.Dimension;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Optional;

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

    /**
     * The size a PNG or JPEG says it is, read from its header only: a small file claiming a huge picture is not
     * decoded to find out. Empty when no reader understands the header.
     */
    public static Optional<Dimension> imageSize(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return Optional.of(new Dimension(reader.getWidth(0), reader.getHeight(0)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** A PDF that opens and has pages: a text that merely starts with "%PDF" is not a document anyone can read. */
    public static boolean isReadablePdf(byte[] bytes) {
        try {
            PdfReader reader = new PdfReader(bytes);
            try {
                return reader.getNumberOfPages() > 0;
            } finally {
                reader.close();
            }
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    /** A name safe to show and to send back in a download header. */
    public static String cleanName(String submitted) {
        String base = submitted == null ? "" : submitted.replaceAll(".*[/\\\\]", "");
        base = base.replaceAll("[^\\p{L}\\p{N} ._()-]", "_").strip();
        if (base.isEmpty()) {
            base = "document";
        }
        if (base.length() > 150) {
            base = base.substring(base.length() - 150);
        }
        return base;
    }
}
