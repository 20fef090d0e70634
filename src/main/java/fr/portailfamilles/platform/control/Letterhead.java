package fr.portailfamilles.platform.control;

/**
 * The centre as its documents name it at the top: who issues them, and how to reach them.
 *
 * @param addressMore the second street line, empty when there is none
 * @param logo        the logo's bytes (PNG or JPEG), null when the centre has none
 */
public record Letterhead(String name, String addressLine, String addressMore, String postcode, String town, String phone,
                         String email, byte[] logo) {

    public Letterhead(String name, String addressLine, String postcode, String town, String phone, String email) {
        this(name, addressLine, "", postcode, town, phone, email, null);
    }

    public String postcodeAndTown() {
        return postcode + " " + town;
    }
}
