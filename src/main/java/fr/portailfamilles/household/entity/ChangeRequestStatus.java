package fr.portailfamilles.household.entity;

public enum ChangeRequestStatus {
    PENDING, ACCEPTED, REFUSED
}
