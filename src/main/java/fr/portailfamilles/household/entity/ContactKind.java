package fr.portailfamilles.household.entity;

/** Why a person is on a child's file: may collect the child, or is called in an emergency. */
public enum ContactKind {
    PICKUP, EMERGENCY
}
