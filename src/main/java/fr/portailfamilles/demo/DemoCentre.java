package fr.portailfamilles.demo;

import fr.portailfamilles.account.entity.Role;
import fr.portailfamilles.account.entity.UserAccount;
import fr.portailfamilles.activity.entity.Activity;
import fr.portailfamilles.activity.entity.ActivityKind;
import fr.portailfamilles.activity.entity.Period;
import fr.portailfamilles.platform.control.CentreField;
import fr.portailfamilles.platform.entity.Centre;
import fr.portailfamilles.household.entity.BenefitsBody;
import fr.portailfamilles.household.entity.Child;
import fr.portailfamilles.household.entity.Civility;
import fr.portailfamilles.household.entity.ContactKind;
import fr.portailfamilles.household.entity.FamilySituation;
import fr.portailfamilles.household.entity.Guardian;
import fr.portailfamilles.household.entity.Household;
import fr.portailfamilles.household.entity.Relationship;
import fr.portailfamilles.household.entity.Sex;
import fr.portailfamilles.platform.control.ParisTime;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The demo centre: an intercommunal leisure centre in Touraine with 20 households and 35 children, and the
 * three demo accounts of the README. Names are the same on every run (fixed seed), so screenshots and tests agree;
 * dates follow the day the demo is loaded: the school year under way (and the end of the previous one), its
 * Wednesdays and holidays, children of the ages the centre takes that year.
 */
final class DemoCentre {

    static final String PASSWORD = "Demo-2026!";
    static final String PARENT_EMAIL = "parent.demo@portail-familles.test";
    static final String STAFF_EMAIL = "accueil.demo@portail-familles.test";
    static final String STAFF_NAME = "Sophie Lemaire";
    static final String IT_EMAIL = "informatique.demo@portail-familles.test";

    private record Town(String name, String postcode) {
    }

    private record Family(String name, Civility civility, String guardianFirstName, String secondFirstName,
                          FamilySituation situation, int children) {
    }

    private static final Town[] TOWNS = {
            new Town("Montbazon", "37250"), new Town("Veigné", "37250"), new Town("Sorigny", "37250"),
            new Town("Monts", "37260"), new Town("Artannes-sur-Indre", "37260"), new Town("Esvres", "37320")};

    private static final String[] STREETS = {
            "rue des Tilleuls", "allée des Acacias", "rue de la Mairie", "chemin du Moulin", "rue Victor Hugo",
            "impasse des Vignes", "rue du Stade", "avenue de la Gare", "rue Jean Jaurès", "place de l'Église"};

    private static final String[] SCHOOLS = {
            "École maternelle Les Coquelicots", "École élémentaire Jules Ferry", "École primaire Marie Curie"};
    /** Where the children entering 6e go. */
    static final String COLLEGE = "Collège Albert Camus";

    private static final String[] GIRLS = {
            "Léa", "Emma", "Chloé", "Inès", "Manon", "Jade", "Louise", "Alice", "Lina", "Rose", "Anna", "Zoé",
            "Camille", "Mila", "Juliette", "Lou", "Ambre", "Léna"};

    private static final String[] BOYS = {
            "Hugo", "Lucas", "Gabriel", "Louis", "Raphaël", "Arthur", "Jules", "Adam", "Nathan", "Tom", "Noah",
            "Léo", "Ethan", "Paul", "Sacha", "Théo", "Maël"};

    private static final Family[] FAMILIES = {
            new Family("MARTIN", Civility.MME, "Julie", "Thomas", FamilySituation.MARRIED, 2),
            new Family("BERNARD", Civility.M, "Nicolas", "Claire", FamilySituation.MARRIED, 1),
            new Family("DUBOIS", Civility.MME, "Aurélie", null, FamilySituation.SINGLE, 2),
            new Family("THOMAS", Civility.MME, "Sandrine", "Olivier", FamilySituation.CIVIL_UNION, 2),
            new Family("ROBERT", Civility.M, "Sébastien", "Émilie", FamilySituation.COHABITING, 1),
            new Family("PETIT", Civility.MME, "Céline", "Jérôme", FamilySituation.MARRIED, 3),
            new Family("DURAND", Civility.M, "Jérémy", null, FamilySituation.DIVORCED, 1),
            new Family("LEROY", Civility.MME, "Marion", "Guillaume", FamilySituation.MARRIED, 2),
            new Family("MOREAU", Civility.MME, "Stéphanie", "David", FamilySituation.MARRIED, 2),
            new Family("SIMON", Civility.M, "Julien", "Laetitia", FamilySituation.COHABITING, 1),
            new Family("LAURENT", Civility.MME, "Caroline", "Mathieu", FamilySituation.CIVIL_UNION, 2),
            new Family("LEFEBVRE", Civility.MME, "Virginie", null, FamilySituation.WIDOWED, 1),
            new Family("MICHEL", Civility.M, "Christophe", "Nathalie", FamilySituation.MARRIED, 2),
            new Family("GARCIA", Civility.MME, "Élodie", "Antoine", FamilySituation.MARRIED, 2),
            new Family("DAVID", Civility.M, "Romain", "Pauline", FamilySituation.COHABITING, 1),
            new Family("BERTRAND", Civility.MME, "Audrey", "Franck", FamilySituation.MARRIED, 3),
            new Family("ROUX", Civility.MME, "Mélanie", "Cédric", FamilySituation.MARRIED, 2),
            new Family("VINCENT", Civility.M, "Alexandre", "Sophie", FamilySituation.CIVIL_UNION, 1),
            new Family("FOURNIER", Civility.MME, "Camille", null, FamilySituation.SEPARATED, 2),
            new Family("MOREL", Civility.M, "Benoît", null, FamilySituation.SEPARATED, 2)};

    /** How far back the demo's activities, registrations and (later) invoices go. */
    static final int MONTHS_OF_HISTORY = 3;

    private static final String[] ALLERGIES = {"Arachides", "Lactose", "Pollens", "Œufs", "Gluten"};
    private static final String[] GRANDPARENTS = {"Monique", "Jean-Pierre", "Françoise", "Michel", "Annie", "Gérard"};

    private final List<Object> entities = new ArrayList<>();
    private final List<Activity> activities = new ArrayList<>();
    private final List<Household> households = new ArrayList<>();
    private final Random random = new Random(2026);
    /** Its own sequence, so that adding file details does not change the names drawn above. */
    private final Random details = new Random(37);
    private final String passwordHash;
    private final LocalDate today;
    private final SchoolYear schoolYear;
    /** When the centre opened its portal: before the history the demo holds. */
    private final Instant opened;
    private int children;

    DemoCentre(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.today = ParisTime.dayOf(now);
        this.schoolYear = SchoolYear.containing(today);
        this.opened = today.minusYears(1).atTime(9, 0).atZone(ParisTime.ZONE).toInstant();
        build();
    }

    List<Object> entities() {
        return entities;
    }

    /** In the order they were made: the demo parent's household first, the separated parents' two last. */
    List<Household> households() {
        return households;
    }

    List<Activity> activities() {
        return activities;
    }

    int householdCount() {
        return households.size();
    }

    int childCount() {
        return children;
    }

    private void build() {
        Centre centre = new Centre("Accueil de loisirs Les P'tits Loups", "2 allée des Écoliers", "37250", "Montbazon",
                "02 47 26 10 20", "accueil.loisirs@portail-familles.test",
                "Mercredis et vacances scolaires, de 7 h 30 à 18 h 30");
        centre.change(CentreField.PUBLICATION_DIRECTOR, "Claire Dubois, présidente de la communauté de communes");
        centre.change(CentreField.HOST, "Service informatique de la communauté de communes\n1 rue de la Mairie, 37250 Montbazon\n02 47 26 10 00");
        entities.add(centre);
        addActivities();
        entities.addAll(activities);
        List<Household> built = new ArrayList<>();
        for (int i = 0; i < FAMILIES.length; i++) {
            built.add(household(i, FAMILIES[i]));
        }
        // Separated parents: the last two households share a child, each with its own guardian and bills.
        Household mother = built.get(built.size() - 2);
        Household father = built.get(built.size() - 1);
        father.addChild(mother.getChildren().get(0));
        households.addAll(built);
        entities.addAll(built);
        addAccounts(built.get(0));
    }

    private void addActivities() {
        SchoolYear current = SchoolYear.containing(today);
        LocalDate horizon = today.minusMonths(MONTHS_OF_HISTORY);
        for (SchoolYear year : List.of(current.previous(), current)) {
            wednesdays(year, horizon).ifPresent(activities::add);
            holidays(year, "VACANCES D'AUTOMNE " + year.startYear(), year.autumnHolidays(), horizon).ifPresent(activities::add);
            holidays(year, "VACANCES DE NOËL " + year.startYear(), year.christmasHolidays(), horizon).ifPresent(activities::add);
            holidays(year, "VACANCES D'HIVER " + (year.startYear() + 1), year.winterHolidays(), horizon).ifPresent(activities::add);
            holidays(year, "VACANCES DE PRINTEMPS " + (year.startYear() + 1), year.springHolidays(), horizon).ifPresent(activities::add);
            holidays(year, "ÉTÉ " + (year.startYear() + 1), year.summerHolidays(), horizon).ifPresent(activities::add);
        }
        if (today.getMonthValue() >= Month.JUNE.getValue() && today.getMonthValue() <= Month.AUGUST.getValue()) {
            wednesdays(current.next(), horizon).ifPresent(activities::add);
        }
    }

    /**
     * The Wednesdays of a school year, a period between each two holidays, open for registration from six weeks
     * before the period until a week before its last day, answered within capacity at once. Periods over before the
     * horizon are left out.
     */
    private static Optional<Activity> wednesdays(SchoolYear year, LocalDate horizon) {
        List<SchoolYear.Span> spans = year.wednesdayPeriods().stream().filter(span -> !span.last().isBefore(horizon)).toList();
        if (spans.isEmpty()) {
            return Optional.empty();
        }
        Activity wednesdays = new Activity("MERCREDI " + year.season(), ActivityKind.WEDNESDAYS, year.season(),
                year.backToSchool(), year.summerHolidays().first().minusDays(1), 3, 11);
        offerDays(wednesdays);
        offerMealAndBuses(wednesdays);
        for (SchoolYear.Span span : spans) {
            Period period = wednesdays.addPeriod(span.first(), span.last(), EnumSet.of(DayOfWeek.WEDNESDAY));
            period.registrationWindow(span.first().minusWeeks(6), span.last().minusDays(7));
            period.acceptAutomatically(true);
        }
        return Optional.of(wednesdays);
    }

    /**
     * The weekdays of school holidays, open for registration from ten weeks before until five days before the first
     * day (summer: until two weeks before its end), answered by staff.
     */
    private static Optional<Activity> holidays(SchoolYear year, String name, SchoolYear.Span holidays, LocalDate horizon) {
        LocalDate first = holidays.first().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        LocalDate last = holidays.last().with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
        if (last.isBefore(horizon)) {
            return Optional.empty();
        }
        Activity activity = new Activity(name, ActivityKind.HOLIDAYS, year.season(), first, last, 3, 11);
        offerDays(activity);
        boolean summer = first.getMonth() == Month.JULY;
        if (summer) {
            offerMealAndBuses(activity);
        } else {
            activity.addService("REPAS", null);
        }
        Period period = activity.addPeriod(first, last, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        period.registrationWindow(first.minusWeeks(10), summer ? last.minusWeeks(2) : first.minusDays(5));
        return Optional.of(activity);
    }

    /** The meal, and the bus with its eight seats morning and evening. */
    private static void offerMealAndBuses(Activity activity) {
        activity.addService("REPAS", null);
        activity.addService("CONVOYAGE MATIN", 8);
        activity.addService("CONVOYAGE SOIR", 8);
    }

    /** The centre's usual groups and units. */
    private static void offerDays(Activity activity) {
        activity.addGroup("3–5 ans", 3, 5, 24);
        activity.addGroup("6–11 ans", 6, 11, 36);
        activity.addUnit("Matin", true, false);
        activity.addUnit("Après-midi", false, true);
        activity.addUnit("Journée", true, true);
    }

    private Household household(int index, Family family) {
        Town town = TOWNS[index % TOWNS.length];
        String address = (1 + random.nextInt(48)) + " " + STREETS[index % STREETS.length];
        BenefitsBody body = index % 7 == 3 ? BenefitsBody.MSA : BenefitsBody.CAF;
        Household household = new Household("Famille " + family.name(), address, town.postcode(), town.name(),
                family.situation(), body, String.format("%07d", 1_200_000 + random.nextInt(8_000_000)), opened);
        String slug = slug(family.name());
        household.setContact(phone(random, "02 47"), "famille." + slug + "@exemple.fr");
        Guardian first = household.addGuardian(family.civility(), family.name(), family.guardianFirstName(),
                family.civility() == Civility.MME ? Relationship.MOTHER : Relationship.FATHER);
        first.setContact(index == 0 ? PARENT_EMAIL : slug(family.guardianFirstName()) + "." + slug + "@exemple.fr",
                phone(random, "06"));
        if (index == 0) {
            first.setOtherPhones(null, "02 47 05 12 40");
        }
        if (family.secondFirstName() != null) {
            Civility other = family.civility() == Civility.MME ? Civility.M : Civility.MME;
            Guardian second = household.addGuardian(other, family.name(), family.secondFirstName(),
                    other == Civility.MME ? Relationship.MOTHER : Relationship.FATHER);
            second.setContact(slug(family.secondFirstName()) + "." + slug + "@exemple.fr", phone(random, "07"));
            if (family.situation() == FamilySituation.COHABITING && index % 2 == 0) {
                second.livesAt("15 rue Nationale", "37000", "Tours");
            }
        }
        household.recordQuotient(400 + random.nextInt(1200), quotientsFrom(), body);
        for (int c = 0; c < family.children(); c++) {
            household.addChild(child(family.name(), index == 0 && c == 0));
        }
        return household;
    }

    private Child child(String lastName, boolean firstDemoChild) {
        boolean girl = firstDemoChild || random.nextBoolean();
        String firstName = girl ? GIRLS[random.nextInt(GIRLS.length)] : BOYS[random.nextInt(BOYS.length)];
        LocalDate birth = LocalDate.of(schoolYear.startYear() - 11 + random.nextInt(8), 1 + random.nextInt(12), 1 + random.nextInt(28));
        Child child = new Child(lastName, firstName, birth, girl ? Sex.F : Sex.M);
        int ageInClassYears = schoolYear.startYear() - birth.getYear();
        // The school is drawn for every child, so that the names drawn next stay those of every earlier run.
        String school = SCHOOLS[ageInClassYears <= 5 ? 0 : 1 + random.nextInt(2)];
        child.attendSchool(ageInClassYears >= 11 ? COLLEGE : school, schoolClass(ageInClassYears));
        fillFile(child, lastName, firstDemoChild);
        children++;
        return child;
    }

    private void fillFile(Child child, String lastName, boolean firstDemoChild) {
        if (firstDemoChild) {
            child.recordHealth("Arachides", "PAI alimentaire : trousse d’urgence (stylo d’adrénaline) dans le sac de l’enfant",
                    "Dr Anne LEROUX", "02 47 26 33 10");
        } else if (details.nextInt(5) == 0) {
            child.recordHealth(ALLERGIES[details.nextInt(ALLERGIES.length)], null, "Dr Paul MERCIER", "02 47 34 21 08");
        }
        child.authorise(firstDemoChild || details.nextInt(4) > 0, child.ageOn(schoolYear.backToSchool()) >= 9 && details.nextBoolean());
        String grandparent = GRANDPARENTS[details.nextInt(GRANDPARENTS.length)];
        String grandparentPhone = phone(details, "06");
        child.addContact(ContactKind.PICKUP, grandparent + " " + lastName, grandparentPhone, "Grand-parent");
        child.addContact(ContactKind.EMERGENCY, grandparent + " " + lastName, grandparentPhone, "Grand-parent");
    }

    private void addAccounts(Household parentHousehold) {
        Guardian parent = parentHousehold.getGuardians().get(0);
        entities.add(new DemoParentAccount(parent, PARENT_EMAIL, passwordHash, opened));
        entities.add(UserAccount.forStaff(STAFF_EMAIL, STAFF_NAME, passwordHash, Role.STAFF, opened));
        entities.add(UserAccount.forStaff(IT_EMAIL, "Marc Girard", passwordHash, Role.IT, opened));
    }

    /** The family quotients the CAF or MSA sent in January of last year, valid for every day of the demo's history. */
    private LocalDate quotientsFrom() {
        return LocalDate.of(today.getYear() - 1, Month.JANUARY, 1);
    }

    /** French class names by the year a child turns this age: 3 in "petite section", 11 entering "6e". */
    private static String schoolClass(int age) {
        return switch (age) {
            case 3 -> "PS";
            case 4 -> "MS";
            case 5 -> "GS";
            case 6 -> "CP";
            case 7 -> "CE1";
            case 8 -> "CE2";
            case 9 -> "CM1";
            case 10 -> "CM2";
            default -> "6e";
        };
    }

    private static String phone(Random random, String prefix) {
        StringBuilder number = new StringBuilder(prefix);
        while (number.length() < 14) {
            number.append(' ').append(String.format("%02d", random.nextInt(100)));
        }
        return number.toString();
    }

    private static String slug(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
