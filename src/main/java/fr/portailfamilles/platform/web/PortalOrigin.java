package fr.portailfamilles.platform.web;

import fr.portailfamilles.platform.control.PortailSettings;
import jakarta.servlet.http.HttpServletRequest;

/** Whether a post comes from a page of the portal, as the browser names it (Origin, or failing it, Referer). */
final class PortalOrigin {

    private PortalOrigin() {
    }

    /** {@code unnamed}: the answer when the browser names no page at all. */
    static boolean posted(HttpServletRequest request, boolean unnamed) {
        String origin = PortailSettings.fromSystem().publicUrl().origin();
        String claimed = request.getHeader("Origin");
        if (claimed != null) {
            return origin.equalsIgnoreCase(claimed);
        }
        String referer = request.getHeader("Referer");
        return referer == null ? unnamed : referer.regionMatches(true, 0, origin + "/", 0, origin.length() + 1);
    }
}
