package fr.portailfamilles.platform.lifecycle;

import java.util.Collection;
import java.util.Map;

/**
 * The names of households, for pages of the platform that mention them by id (the security journal). Implemented by
 * the household area, which alone reads its tables.
 */
public interface HouseholdNames {

    /** The names of these households by id, in one query; an id no longer known is left out. */
    Map<Long, String> names(Collection<Long> householdIds);
}
