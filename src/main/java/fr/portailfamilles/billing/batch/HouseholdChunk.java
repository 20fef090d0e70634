package fr.portailfamilles.billing.batch;

import java.util.List;

/** The item of the invoicing step: a chunk of household ids, read, priced and written together. */
record HouseholdChunk(List<Long> householdIds) {
}
