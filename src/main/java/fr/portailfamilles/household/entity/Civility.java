package fr.portailfamilles.household.entity;

public enum Civility {
    MME, M
}
