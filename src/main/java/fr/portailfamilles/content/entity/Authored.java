package fr.portailfamilles.content.entity;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * What staff publish (news, pages, documents) keeps who wrote it last and when, for the staff's lists, and a version,
 * so that a colleague's save in between is not overwritten.
 */
@MappedSuperclass
public abstract class Authored {

    @Column(name = "written_by", nullable = false)
    private String writtenBy;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Version
    private long version;

    protected final void writtenBy(String by, Instant at) {
        writtenBy = by;
        writtenAt = at;
    }

    public String getWrittenBy() { return writtenBy; }
    public Instant getWrittenAt() { return writtenAt; }
    public long getVersion() { return version; }
}
