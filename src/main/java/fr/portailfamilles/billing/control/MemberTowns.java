package fr.portailfamilles.billing.control;

import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The towns of the intercommunal body, whose households pay the tariffs' brackets; households living elsewhere may
 * pay a tariff's outside price. A town is recognised by its postcode and its name written with or without accents,
 * capitals or hyphens ("Veigne", "VEIGNÉ" and "Veigné" are one town).
 */
public final class MemberTowns {

    /** A member town as staff typed it. */
    public record Town(String postcode, String name) {
    }

    private final List<Town> towns;

    public MemberTowns(Collection<Town> towns) {
        this.towns = List.copyOf(towns);
    }

    public boolean includes(String postcode, String town) {
        return towns.stream().anyMatch(t -> same(t, postcode, town));
    }

    /** Whether a town is already in the list, however it is written. */
    public boolean holds(Town town) {
        return includes(town.postcode(), town.name());
    }

    private static boolean same(Town member, String postcode, String town) {
        return postcode != null && town != null && member.postcode().strip().equals(postcode.strip())
                && comparable(member.name()).equals(comparable(town));
    }

    /** "Artannes-sur-Indre" and "artannes sur indre" compare equal. */
    static String comparable(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ").strip();
    }

    public List<Town> towns() {
        return towns;
    }
}
