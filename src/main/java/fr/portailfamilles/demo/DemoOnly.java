package fr.portailfamilles.demo;

import fr.portailfamilles.platform.control.PortailSettings;

import java.util.concurrent.Callable;

/**
 * The demo lives its past through the same boundaries people use, with the roles they have ({@link DemoParent},
 * {@link DemoStaff}). Only in demo mode: anywhere else those beans refuse to act for anybody.
 */
final class DemoOnly {

    private DemoOnly() {
    }

    static <T> T call(Callable<T> work) {
        if (!PortailSettings.fromSystem().isDemo()) {
            throw new IllegalStateException("Demo roles are only lent in demo mode");
        }
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
