package fr.portailfamilles.content.entity;

import fr.portailfamilles.platform.entity.StoredPicture;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of a news item's picture; {@link NewsItem#isWithPicture()} says it exists. */
@Entity
@Table(name = "news_image")
public class NewsImage extends StoredPicture {

    @Id
    @Column(name = "news_id")
    private Long newsId;

    protected NewsImage() {
    }

    public NewsImage(long newsId, String mediaType, byte[] content) {
        super(mediaType, content);
        this.newsId = newsId;
    }
}
