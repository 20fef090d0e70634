package fr.portailfamilles.content.entity;

import java.io.Serializable;

/**
 * What staff said of a document to download: a general one (no activity) or the programme d'animation of an
 * activity, for all of it (no period) or for one of its periods.
 */
public record InfoDocumentDraft(String title, Long activityId, Long periodId, Audience audience) implements Serializable {
}
