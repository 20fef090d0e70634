package fr.portailfamilles.account.web;

import fr.portailfamilles.account.control.LoginThrottle;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.util.Arrays;

/**
 * A cookie that says a login failed in this browser within the throttle's window: the login page then shows the
 * security code from its first display. It tells nothing about any address, and a forged one only brings the code.
 */
final class FailedLoginMark {

    static final String COOKIE = "portail-echec-connexion";

    private FailedLoginMark() {
    }

    static boolean isSet(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies != null && Arrays.stream(cookies).anyMatch(c -> COOKIE.equals(c.getName()));
    }

    static void set(HttpServletResponse response) {
        response.addCookie(cookie("1", (int) LoginThrottle.WINDOW.toSeconds()));
    }

    static void clear(HttpServletRequest request, HttpServletResponse response) {
        if (isSet(request)) {
            response.addCookie(cookie("", 0));
        }
    }

    private static Cookie cookie(String value, int maxAgeSeconds) {
        Cookie cookie = new Cookie(COOKIE, value);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setMaxAge(maxAgeSeconds);
        cookie.setAttribute("SameSite", "Strict");
        return cookie;
    }
}
