package fr.portailfamilles.platform.web;

import fr.portailfamilles.platform.control.PortailSettings;
import jakarta.servlet.http.HttpServletRequest;

/** Whether a request comes from a page of the portal, as the browser names it. */
final class PortalOrigin {

    private PortalOrigin() {
    }

    /** A post: the browser names its site (Origin) or, failing it, its page (Referer); naming none is refused. */
    static boolean posted(HttpServletRequest request) {
        String claimed = request.getHeader("Origin");
        if (claimed != null) {
            return origin().equalsIgnoreCase(claimed);
        }
        String referer = request.getHeader("Referer");
        return referer != null && isPortalPage(referer);
    }

    /**
     * A page shown: reached from the portal's own pages, or typed, bookmarked, opened from a mail program (Sec-Fetch-Site
     * same-origin or none), not by a link or script of another site. A browser that does not say it, by its Referer.
     */
    static boolean reachedFromPortal(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return "same-origin".equals(site) || "none".equals(site);
        }
        String referer = request.getHeader("Referer");
        return referer == null || isPortalPage(referer);
    }

    private static boolean isPortalPage(String referer) {
        String origin = origin();
        return referer.regionMatches(true, 0, origin + "/", 0, origin.length() + 1);
    }

    private static String origin() {
        return PortailSettings.fromSystem().publicUrl().origin();
    }
}
