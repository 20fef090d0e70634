package fr.portailfamilles.testing;

import java.net.URI;

/** Where the test server listens (the port offset comes from the build). */
public final class TestServer {

    public static final String DEMO_PASSWORD = "Demo-2026!";
    public static final String PARENT = "parent.demo@portail-familles.test";
    public static final String STAFF = "accueil.demo@portail-familles.test";
    public static final String IT = "informatique.demo@portail-familles.test";

    private TestServer() {
    }

    public static URI baseUri() {
        return URI.create("http://localhost:" + System.getProperty("it.http.port", "8180") + "/");
    }
}
