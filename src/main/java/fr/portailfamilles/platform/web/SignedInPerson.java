package fr.portailfamilles.platform.web;

import java.util.Optional;

/**
 * The person looking at the page, for the areas' pages: their name, their login and, for a parent, their own
 * household, taken from their account and never from a request. Implemented by the area that keeps the logins.
 */
public interface SignedInPerson {

    /** Empty for a visitor. */
    String getDisplayName();

    /** The login (e-mail address) recorded as the author of what the person sends. */
    Optional<String> login();

    /** A parent's household; empty for staff and visitors. */
    Optional<Long> householdId();
}
