package fr.portailfamilles.platform.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatelessViewHandlerTest {

    @Test
    void publicPagesAndErrorPagesAreStateless() {
        assertTrue(StatelessViewHandler.isStateless("/index.xhtml"));
        assertTrue(StatelessViewHandler.isStateless("/connexion.xhtml"));
        assertTrue(StatelessViewHandler.isStateless("/WEB-INF/errorpages/404.xhtml"));
    }

    @Test
    void pagesBehindTheLoginKeepTheirState() {
        assertFalse(StatelessViewHandler.isStateless("/portail/accueil.xhtml"));
        assertFalse(StatelessViewHandler.isStateless("/gestion/accueil.xhtml"));
        assertFalse(StatelessViewHandler.isStateless(null));
    }
}
