package fr.portailfamilles.billing.entity;

/** Where an execution of the invoice run is, as IT reads it on the Facturation screen. */
public enum RunStatus {
    /** Claimed for its month, the job not started yet. */
    STARTING,
    STARTED,
    /** Asked to stop: it does at the end of the chunk under way. */
    STOPPING,
    STOPPED,
    COMPLETED,
    FAILED;

    /** The month is taken: another run of it is refused until this one ends. */
    public boolean isActive() {
        return this == STARTING || this == STARTED || this == STOPPING;
    }

    public boolean isRestartable() {
        return this == STOPPED || this == FAILED;
    }
}
