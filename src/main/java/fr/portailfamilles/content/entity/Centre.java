package fr.portailfamilles.content.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

/** The leisure centre itself: what the public pages show as "informations pratiques". */
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

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getAddressLine() { return addressLine; }
    public String getPostcode() { return postcode; }
    public String getTown() { return town; }
    public String getPhone() { return phone; }
    public String getEmail() { return email; }
    public String getOpeningHours() { return openingHours; }
}
