package fr.portailfamilles.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A picture or document kept in the database, sent with its digest as ETag. Browsers ask again each time ("no-cache"): one
 * changed on any node of a cluster shows at once, and an unchanged one costs a 304.
 */
public final class StoredFileResponse {

    private StoredFileResponse() {
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

    /** Opened in the browser, saved under that name (any characters, encoded as RFC 6266 says). */
    public static void named(HttpServletResponse response, String fileName) {
        response.setHeader("Content-Disposition", "inline; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        return ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip).anyMatch(tag -> tag.equals(etag) || tag.equals("W/" + etag) || tag.equals("*"));
    }
}
