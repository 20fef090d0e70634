package fr.portailfamilles.attendance.boundary;

import java.io.Serializable;

/** A group of an activity open on a day: one attendance list. */
public final class DayGroup implements Serializable {

    private final long openingDayId;
    private final long groupId;
    private final String label;

    DayGroup(long openingDayId, long groupId, String label) {
        this.openingDayId = openingDayId;
        this.groupId = groupId;
        this.label = label;
    }

    /** What a page posts to choose the list. */
    public String getKey() {
        return openingDayId + "-" + groupId;
    }

    public long getOpeningDayId() { return openingDayId; }
    public long getGroupId() { return groupId; }
    public String getLabel() { return label; }
}
