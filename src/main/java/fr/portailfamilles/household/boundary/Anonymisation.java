package fr.portailfamilles.household.boundary;

import fr.portailfamilles.household.control.AnonymisationCandidate;
import fr.portailfamilles.household.control.HouseholdAnonymiser;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.boundary.Settings;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;

/** Staff: the households past the RGPD retention period (a setting, 3 years by default), and their anonymisation. */
@Stateless
@RolesAllowed("STAFF")
public class Anonymisation {

    private static final int MAX_LISTED = 200;

    @Inject
    HouseholdAnonymiser anonymiser;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    public List<AnonymisationCandidate> candidates() {
        return anonymiser.inactiveSince(retentionStart(), MAX_LISTED);
    }

    /**
     * Refused when the household had activity since the list was shown, was anonymised meanwhile, or when an
     * area forbids it (with that area's reason).
     */
    public void anonymise(long householdId, String staff) {
        anonymiser.anonymise(householdId, retentionStart(), staff).ifPresent(refusal -> {
            throw new ActionRefused(refusal);
        });
    }

    public int retentionYears() {
        return settings.retentionYears();
    }

    private Instant retentionStart() {
        return clock.zonedNow().minusYears(settings.retentionYears()).toInstant();
    }
}
