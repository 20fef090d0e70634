package fr.portailfamilles.account.web;

import jakarta.servlet.http.HttpServletRequest;

/** Where each kind of user starts after logging in. */
final class LandingPage {

    static final String PARENT = "/portail/accueil.xhtml";
    static final String STAFF = "/gestion/accueil.xhtml";

    private LandingPage() {
    }

    static String of(HttpServletRequest request) {
        if (request.isUserInRole("STAFF")) {
            return STAFF;
        }
        return request.isUserInRole("PARENT") ? PARENT : "/";
    }
}
