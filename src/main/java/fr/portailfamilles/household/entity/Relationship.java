package fr.portailfamilles.household.entity;

/** A guardian's tie to the children of the household. */
public enum Relationship {
    MOTHER, FATHER, STEP_PARENT, GRANDPARENT, TUTOR, OTHER
}
