package fr.portailfamilles.platform.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PortalViewHandlerTest {

    @Test
    void publicPagesAndErrorPagesAreStateless() {
        assertTrue(PortalViewHandler.isStateless("/index.xhtml"));
        assertTrue(PortalViewHandler.isStateless("/connexion.xhtml"));
        assertTrue(PortalViewHandler.isStateless("/WEB-INF/errorpages/404.xhtml"));
    }

    @Test
    void pagesBehindTheLoginKeepTheirState() {
        assertFalse(PortalViewHandler.isStateless("/portail/accueil.xhtml"));
        assertFalse(PortalViewHandler.isStateless("/gestion/accueil.xhtml"));
        assertFalse(PortalViewHandler.isStateless(null));
    }
}
