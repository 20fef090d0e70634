package fr.portailfamilles.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Arrays;

/**
 * A picture kept in the database, sent with its digest as ETag. Browsers ask again each time ("no-cache"): a picture
 * changed on any node of a cluster shows at once, and an unchanged one costs a 304.
 */
public final class PictureResponse {

    private PictureResponse() {
    }

    /** @param shared whether caches between the browser and the portal may keep it (only what anyone may see) */
    public static void send(HttpServletRequest request, HttpServletResponse response, String mediaType, byte[] content,
                            String digest, boolean shared) throws IOException {
        String etag = "\"" + digest + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", (shared ? "public" : "private") + ", no-cache");
        if (matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(mediaType);
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        return ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip).anyMatch(tag -> tag.equals(etag) || tag.equals("W/" + etag) || tag.equals("*"));
    }
}
