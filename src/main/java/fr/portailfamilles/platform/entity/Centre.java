package fr.portailfamilles.platform.entity;

import fr.portailfamilles.platform.control.CentreField;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

/**
 * The leisure centre itself, as IT describes it (Informatique › Identité du centre): the name every page's header
 * shows, the "informations pratiques" of the public home page, and the letterhead of every PDF.
 */
@Entity
@NamedQuery(name = Centre.FIND_ALL, query = "select c from Centre c order by c.id")
public class Centre {

    public static final String FIND_ALL = "Centre.findAll";

    @Id
    @SequenceGenerator(name = "centre_seq", sequenceName = "centre_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "centre_seq")
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "address_line", nullable = false)
    private String addressLine;

    @Column(name = "address_more")
    private String addressMore;

    @Column(nullable = false)
    private String postcode;

    @Column(nullable = false)
    private String town;

    @Column(nullable = false)
    private String phone;

    @Column(nullable = false)
    private String email;

    @Column(name = "opening_hours", nullable = false)
    private String openingHours;

    /** The legal notices' "directeur de la publication" (LCEN article 6); null until IT gives one. */
    @Column(name = "publication_director")
    private String publicationDirector;

    /** The legal notices' host: its name, address and phone, as IT writes them; null until given. */
    @Column(name = "host")
    private String host;

    /** SHA-256 of the logo's bytes, its ETag; null when the centre has no logo. */
    @Column(name = "logo_digest")
    private String logoDigest;

    @Version
    private long version;

    protected Centre() {
    }

    public Centre(String name, String addressLine, String postcode, String town,
                  String phone, String email, String openingHours) {
        this.name = name;
        this.addressLine = addressLine;
        this.postcode = postcode;
        this.town = town;
        this.phone = phone;
        this.email = email;
        this.openingHours = openingHours;
    }

    public String valueOf(CentreField field) {
        String value = switch (field) {
            case NAME -> name;
            case ADDRESS_LINE -> addressLine;
            case ADDRESS_MORE -> addressMore;
            case POSTCODE -> postcode;
            case TOWN -> town;
            case PHONE -> phone;
            case EMAIL -> email;
            case OPENING_HOURS -> openingHours;
            case PUBLICATION_DIRECTOR -> publicationDirector;
            case HOST -> host;
        };
        return value == null ? "" : value;
    }

    /** @param value already checked ({@link CentreField#problem}); blank for an optional field left empty */
    public void change(CentreField field, String value) {
        switch (field) {
            case NAME -> name = value;
            case ADDRESS_LINE -> addressLine = value;
            case ADDRESS_MORE -> addressMore = value.isEmpty() ? null : value;
            case POSTCODE -> postcode = value;
            case TOWN -> town = value;
            case PHONE -> phone = value;
            case EMAIL -> email = value;
            case OPENING_HOURS -> openingHours = value;
            case PUBLICATION_DIRECTOR -> publicationDirector = value.isEmpty() ? null : value;
            case HOST -> host = value.isEmpty() ? null : value;
        }
    }

    /** @param digest the new logo's, or null when the logo is removed */
    public void logoChanged(String digest) {
        logoDigest = digest;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getAddressLine() { return addressLine; }
    public String getAddressMore() { return addressMore; }
    public String getPostcode() { return postcode; }
    public String getTown() { return town; }
    public String getPhone() { return phone; }
    public String getEmail() { return email; }
    public String getOpeningHours() { return openingHours; }
    public String getPublicationDirector() { return publicationDirector; }
    public String getHost() { return host; }
    public String getLogoDigest() { return logoDigest; }
    public boolean isWithLogo() { return logoDigest != null; }
    public long getVersion() { return version; }
}
