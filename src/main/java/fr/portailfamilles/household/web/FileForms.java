package fr.portailfamilles.household.web;

/** Where the family-file forms go once saved. */
final class FileForms {

    private FileForms() {
    }

    static String householdPage(long householdId) {
        return "/gestion/famille.xhtml?id=" + householdId;
    }
}
