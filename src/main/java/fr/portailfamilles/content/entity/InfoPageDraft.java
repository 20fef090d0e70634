package fr.portailfamilles.content.entity;

import java.io.Serializable;

/** What staff wrote for a page of Informations pratiques, checked and with its body cleaned before it is saved. */
public record InfoPageDraft(String title, String body, Audience audience) implements Serializable {
}
