package fr.portailfamilles.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of the centre's logo, read only to serve it or draw a PDF; {@link Centre#getLogoDigest()} says it exists. */
@Entity
@Table(name = "centre_logo")
public class CentreLogo {

    @Id
    @Column(name = "centre_id")
    private Long centreId;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(nullable = false)
    private byte[] content;

    protected CentreLogo() {
    }

    public CentreLogo(long centreId, String mediaType, byte[] content) {
        this.centreId = centreId;
        replace(mediaType, content);
    }

    public final void replace(String mediaType, byte[] content) {
        this.mediaType = mediaType;
        this.content = content.clone();
    }

    public String getMediaType() { return mediaType; }

    public byte[] getContent() {
        return content.clone();
    }
}
