package fr.portailfamilles.billing.entity;

import fr.portailfamilles.billing.control.MemberTowns;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A town of the intercommunal body: its households pay the tariffs' brackets, not the outside price. */
@Entity
@Table(name = "member_town")
@NamedQuery(name = MemberTown.ALL, query = "select t from MemberTown t order by t.name, t.postcode")
public class MemberTown {

    public static final String ALL = "MemberTown.all";

    @Id
    @SequenceGenerator(name = "member_town_seq", sequenceName = "member_town_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "member_town_seq")
    private Long id;

    @Column(nullable = false, length = 5)
    private String postcode;

    @Column(nullable = false, length = 80)
    private String name;

    protected MemberTown() {
    }

    public MemberTown(String postcode, String name) {
        if (postcode == null || !postcode.strip().matches("\\d{5}") || name == null || name.isBlank()) {
            throw new IllegalArgumentException("A town has a 5-digit postcode and a name");
        }
        this.postcode = postcode.strip();
        this.name = name.strip();
    }

    public MemberTowns.Town town() {
        return new MemberTowns.Town(postcode, name);
    }

    public Long getId() { return id; }
    public String getPostcode() { return postcode; }
    public String getName() { return name; }
}
