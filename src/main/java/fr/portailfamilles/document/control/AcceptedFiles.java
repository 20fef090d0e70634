package fr.portailfamilles.document.control;

import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.control.FileKinds;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * What families may send: PDF, PNG or JPEG of at most 5 MB, recognised by the file's bytes. A name ending in
 * ".pdf" proves nothing, and a file the centre cannot open is refused while the parent is still at the screen.
 */
public final class AcceptedFiles {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private static final Set<String> MEDIA_TYPES = Set.of("application/pdf", "image/png", "image/jpeg");

    private AcceptedFiles() {
    }

    /** Reads at most one byte past the limit, so that a huge upload is not held in memory to be refused. */
    public static byte[] read(InputStream in) throws IOException {
        return FileKinds.read(in, MAX_BYTES, "document.empty", "document.tooLarge");
    }

    /**
     * @return the media type the bytes really are. The first bytes name a type; the file is then opened as one,
     * since a text that merely starts with "%PDF" is not a document staff can read.
     */
    public static String mediaTypeOf(byte[] bytes) {
        String detected = FileKinds.detect(bytes);
        if (!MEDIA_TYPES.contains(detected)) {
            throw new ActionRefused("document.type");
        }
        if (!opens(detected, bytes)) {
            throw new ActionRefused("document.unreadable");
        }
        return detected;
    }

    /** A PDF is parsed (5 MB at most); an image's header is read, not the picture, which could be huge once decoded. */
    private static boolean opens(String mediaType, byte[] bytes) {
        if (!mediaType.equals("application/pdf")) {
            return FileKinds.imageSize(bytes).filter(size -> size.width > 0 && size.height > 0).isPresent();
        }
        return FileKinds.isReadablePdf(bytes);
    }
}
