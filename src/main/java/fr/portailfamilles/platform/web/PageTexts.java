package fr.portailfamilles.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Bundle texts with their values filled in, for pages: a confirmation that names the person or the day
 * ({@code #{texts.format('staff.disable.confirm', a.displayName)}}), which {@code msg['…']} alone cannot do.
 */
@Named("texts")
@ApplicationScoped
public class PageTexts {

    public String format(String key, Object... arguments) {
        return Messages.text(key, arguments);
    }
}
