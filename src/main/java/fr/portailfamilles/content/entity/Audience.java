package fr.portailfamilles.content.entity;

/** Who reads a news item: everyone on the public home page, or the families once signed in. */
public enum Audience {
    PUBLIC, PARENTS
}
