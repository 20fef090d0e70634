package fr.portailfamilles.activity.boundary;

/**
 * Fired, within the transaction, before a group, unit, service or period leaves an activity: each area that
 * uses it refuses, saying what depends on it (booking requests, tariffs…), or forgets what it kept for it
 * (place counters).
 */
public record StructureRemoving(Part part, long id, String name) {

    public enum Part { GROUP, UNIT, SERVICE, PERIOD }
}
