package fr.portailfamilles.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of the centre's logo; {@link Centre#getLogoDigest()} says it exists. */
@Entity
@Table(name = "centre_logo")
public class CentreLogo extends StoredPicture {

    @Id
    @Column(name = "centre_id")
    private Long centreId;

    protected CentreLogo() {
    }

    public CentreLogo(long centreId, String mediaType, byte[] content) {
        super(mediaType, content);
        this.centreId = centreId;
    }
}
