package fr.portailfamilles.attendance.web;

import java.io.Serializable;
import java.time.Instant;

/** One line of the day's journal: a child's mark changed, by whom, when, from what to what. */
public final class ChangeLine implements Serializable {

    private final Instant at;
    private final String child;
    private final String by;
    private final String before;
    private final String after;
    private final boolean correction;

    ChangeLine(Instant at, String child, String by, String before, String after, boolean correction) {
        this.at = at;
        this.child = child;
        this.by = by;
        this.before = before;
        this.after = after;
        this.correction = correction;
    }

    /** The same change of a child's unit and services is one line. */
    boolean sameAs(ChangeLine other) {
        return other != null && at.equals(other.at) && child.equals(other.child) && before.equals(other.before) && after.equals(other.after);
    }

    public Instant getAt() { return at; }
    public String getChild() { return child; }
    public String getBy() { return by; }
    public String getBefore() { return before; }
    public String getAfter() { return after; }
    public boolean isCorrection() { return correction; }
}
