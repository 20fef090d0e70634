package fr.portailfamilles.content.web;

import fr.portailfamilles.platform.boundary.Settings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The legal notices page (Mentions légales): the centre's identity comes from {@link HomeView}; the retention
 * periods are the ones the portal applies, as IT sets them, so the page never promises another.
 */
@Named
@RequestScoped
public class LegalNoticesView {

    @Inject
    Settings settings;

    public int getRetentionYears() {
        return settings.retentionYears();
    }

    public int getAccountingRetentionYears() {
        return settings.accountingRetentionYears();
    }
}
