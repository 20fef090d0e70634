package fr.portailfamilles.platform.web;

import fr.portailfamilles.platform.control.PortailSettings;

/**
 * The address of the portal as people type it, for links in e-mails: PORTAIL_PUBLIC_URL (see
 * {@link fr.portailfamilles.platform.control.PublicUrlSetting}), never the address a request claims to come to.
 */
public final class PortalUrl {

    private PortalUrl() {
    }

    /** With its final slash: {@code https://familles.example.fr/}. */
    public static String address() {
        return PortailSettings.fromSystem().publicUrl().url();
    }
}
