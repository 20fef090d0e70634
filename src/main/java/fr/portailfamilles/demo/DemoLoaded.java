package fr.portailfamilles.demo;

/** Fired when the demo's data has been written: once it is committed, the previous month is invoiced. */
record DemoLoaded() {
}
