package fr.portailfamilles.content.entity;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What staff wrote for a news item, checked ({@code NewsRules}) and with its body already cleaned before it is saved.
 *
 * @param shownUntil the last day it is shown, or null to keep it until removed
 */
public record NewsDraft(String title, String body, LocalDate shownFrom, LocalDate shownUntil, Audience audience)
        implements Serializable {
}
