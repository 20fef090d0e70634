package fr.portailfamilles.household.entity;

/** "Situation familiale" as the CAF asks for it. */
public enum FamilySituation {
    MARRIED, CIVIL_UNION, COHABITING, SINGLE, SEPARATED, DIVORCED, WIDOWED
}
