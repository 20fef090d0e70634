package fr.portailfamilles.household.entity;

public enum Sex {
    F, M
}
