package fr.portailfamilles.activity.entity;

public enum ActivityKind {
    WEDNESDAYS, HOLIDAYS
}
