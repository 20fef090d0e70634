package fr.portailfamilles.household.entity;

/** The body paying family benefits, which certifies the family quotient. */
public enum BenefitsBody {
    CAF, MSA, OTHER
}
