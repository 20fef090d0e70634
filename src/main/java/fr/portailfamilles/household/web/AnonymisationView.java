package fr.portailfamilles.household.web;

import fr.portailfamilles.household.boundary.Anonymisation;
import fr.portailfamilles.household.control.AnonymisationCandidate;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.web.Caller;
import fr.portailfamilles.platform.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.util.List;

/** Staff: the households whose file the RGPD says to anonymise, one click each after a confirmation. */
@Named
@RequestScoped
public class AnonymisationView {

    private static final String PAGE = "/gestion/anonymisation.xhtml";

    @Inject
    Anonymisation anonymisation;

    private List<AnonymisationCandidate> candidates;

    public void anonymise(long householdId) throws IOException {
        try {
            anonymisation.anonymise(householdId, Caller.name());
            Messages.infoAfterRedirect(PAGE, "anonymisation.done");
        } catch (ActionRefused refused) {
            Messages.errorAfterRedirect(PAGE, refused.messageKey(), refused.arguments());
        }
    }

    public List<AnonymisationCandidate> getCandidates() {
        if (candidates == null) {
            candidates = anonymisation.candidates();
        }
        return candidates;
    }

    public int getRetentionYears() {
        return anonymisation.retentionYears();
    }
}
