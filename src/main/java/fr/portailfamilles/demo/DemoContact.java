package fr.portailfamilles.demo;

import fr.portailfamilles.contact.entity.ContactThread;
import fr.portailfamilles.household.entity.Household;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Two exchanges with the centre: the demo family's, answered by staff and not yet read by the family, and another
 * family's question nobody has read yet, so that both sides of Contact show something on the day the demo loads.
 */
final class DemoContact {

    private DemoContact() {
    }

    static List<ContactThread> of(List<Household> households, Instant now) {
        Instant asked = now.minus(Duration.ofDays(2));
        ContactThread answered = new ContactThread(households.get(0).getId(), "Sortie du mercredi : tenue", DemoCentre.PARENT_EMAIL, asked);
        answered.fromFamily(DemoCentre.PARENT_EMAIL, "Bonjour,\nFaut-il prévoir des bottes pour la sortie en forêt ?\nMerci.",
                null, asked);
        answered.fromStaff(DemoCentre.STAFF_EMAIL, "Bonjour,\nOui, des bottes et un vêtement de pluie. Bonne journée !",
                null, asked.plus(Duration.ofHours(3)));
        Household other = households.get(1);
        String otherParent = other.getGuardians().get(0).getEmail();
        ContactThread waiting = new ContactThread(other.getId(), "Changement d’horaire de garde", otherParent, now.minus(Duration.ofHours(5)));
        waiting.fromFamily(otherParent, "Bonjour,\nÀ partir de lundi, c’est la grand-mère qui viendra chercher les enfants à 17 h.",
                null, now.minus(Duration.ofHours(5)));
        return List.of(answered, waiting);
    }
}
