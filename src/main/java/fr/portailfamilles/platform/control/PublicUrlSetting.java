package fr.portailfamilles.platform.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * PORTAIL_PUBLIC_URL (or -Dportail.public.url): the portal's address as families type it, from which every link
 * in an e-mail and every redirect is built, never from the Host a request claims (a forged Host would otherwise
 * send a reset link to another site). Required outside demo mode; a demo server without it answers at
 * http://localhost on its own HTTP port.
 */
public record PublicUrlSetting(String value, boolean demo, int localHttpPort) {

    public static final String VARIABLE = "PORTAIL_PUBLIC_URL";

    public boolean isSet() {
        return value != null && !value.isBlank();
    }

    /** @return why the setting cannot be used, in one line for the administrator */
    public Optional<String> problem() {
        if (!isSet()) {
            return demo ? Optional.empty() : Optional.of(VARIABLE + " is missing: set it to the portal's address as"
                    + " families type it, e.g. https://familles.example.fr/ (links in e-mails are built from it)");
        }
        return parsed().isPresent() ? Optional.empty() : Optional.of(VARIABLE + " must be an http or https address"
                + " such as https://familles.example.fr/, with no query, not '" + value.strip() + "'");
    }

    /** The address with its final slash, ready for a page name to be added. */
    public String url() {
        URI uri = address();
        String text = uri.toString();
        return text.endsWith("/") ? text : text + "/";
    }

    /** Host and port as a Host header carries them. */
    public String authority() {
        return address().getRawAuthority();
    }

    /** Scheme, host and port, as a browser's Origin header names the site. */
    public String origin() {
        URI uri = address();
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT);
    }

    private URI address() {
        if (!isSet()) {
            return URI.create("http://localhost:" + localHttpPort + "/");
        }
        return parsed().orElseThrow(() -> new IllegalStateException(problem().orElseThrow()));
    }

    private Optional<URI> parsed() {
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean usable = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getRawUserInfo() == null && uri.getRawQuery() == null && uri.getRawFragment() == null;
            return usable ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
