package fr.portailfamilles.content.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an {@link InfoDocument}, read only when someone downloads it. */
@Entity
@Table(name = "info_document_file")
public class InfoDocumentFile {

    @Id
    @Column(name = "document_id")
    private Long documentId;

    @Column(nullable = false)
    private byte[] content;

    protected InfoDocumentFile() {
    }

    public InfoDocumentFile(long documentId, byte[] content) {
        this.documentId = documentId;
        replace(content);
    }

    public final void replace(byte[] bytes) {
        content = bytes.clone();
    }

    public byte[] getContent() {
        return content.clone();
    }
}
