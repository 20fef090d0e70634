package fr.portailfamilles.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * A picture's bytes kept in the database (every node of a cluster serves the same), read only to serve it or draw
 * a document; the row it illustrates keeps its digest, so that listing never reads the bytes.
 */
@MappedSuperclass
public abstract class StoredPicture {

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(nullable = false)
    private byte[] content;

    protected StoredPicture() {
    }

    protected StoredPicture(String mediaType, byte[] content) {
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
