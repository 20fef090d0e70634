package fr.portailfamilles.attendance.boundary;

/**
 * What "Tous présents" did: the children it marked, and those the page showed unmarked that a colleague marked
 * in the meantime (left as the colleague marked them).
 */
public record AllPresent(int marked, int markedMeanwhile) {
}
