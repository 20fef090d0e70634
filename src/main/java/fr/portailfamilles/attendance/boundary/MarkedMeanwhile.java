package fr.portailfamilles.attendance.boundary;

import fr.portailfamilles.platform.boundary.ActionRefused;

/**
 * A colleague changed a child's mark after the page was loaded: nothing is recorded, the page shows the list again
 * with the colleague's mark and says who made it.
 */
public class MarkedMeanwhile extends ActionRefused {

    private final Long childId;

    /** @param childId the child whose mark changed, or null when the list as a whole changed */
    public MarkedMeanwhile(Long childId) {
        super("attendance.markedMeanwhile");
        this.childId = childId;
    }

    public Long childId() {
        return childId;
    }
}
