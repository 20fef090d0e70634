package fr.portailfamilles.household.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Someone other than the guardians who may collect the child or must be called in an emergency. */
@Entity
@Table(name = "child_contact")
public class ChildContact {

    @Id
    @SequenceGenerator(name = "child_contact_seq", sequenceName = "child_contact_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "child_contact_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "child_id")
    private Child child;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContactKind kind;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(nullable = false)
    private String phone;

    private String relationship;

    protected ChildContact() {
    }

    ChildContact(Child child, ContactKind kind, String fullName, String phone, String relationship) {
        this.child = child;
        this.kind = kind;
        this.fullName = fullName;
        this.phone = phone;
        this.relationship = relationship;
    }

    public Long getId() { return id; }
    public ContactKind getKind() { return kind; }
    public String getFullName() { return fullName; }
    public String getPhone() { return phone; }
    public String getRelationship() { return relationship; }
}
