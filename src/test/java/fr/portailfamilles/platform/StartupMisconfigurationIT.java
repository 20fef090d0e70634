package fr.portailfamilles.platform;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Starts the provisioned server as an administrator would, with a wrong database setting, and checks that it
 * stops by itself with one line naming the variable.
 */
class StartupMisconfigurationIT {

    /** Beside the Arquillian server's offset, never on it. */
    private static final int PORT_OFFSET = Integer.getInteger("it.port.offset", 100) + 200;

    @Test
    void aDriverThatDoesNotMatchTheUrlStopsTheServer() throws Exception {
        List<String> lines = startAndWaitForExit(Map.of(
                "PORTAIL_DB_URL", "jdbc:h2:mem:misconfigured",
                "PORTAIL_DB_DRIVER", "postgresql"));

        assertEquals(1, lines.stream().filter(l -> l.contains("Portail Familles cannot start: PORTAIL_DB_DRIVER must be 'h2'")).count(),
                String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())));
    }

    @Test
    void anUnreachableDatabaseStopsTheServerNamingTheSettings() throws Exception {
        List<String> lines = startAndWaitForExit(Map.of(
                "PORTAIL_DB_URL", "jdbc:postgresql://localhost:1/portail",
                "PORTAIL_DB_DRIVER", "postgresql",
                "PORTAIL_DB_USER", "portail",
                "PORTAIL_DB_PASSWORD", "wrong-secret-value",
                "PORTAIL_DB_STARTUP_WAIT", "2"));

        String reason = lines.stream().filter(l -> l.contains("Portail Familles cannot start:")).findFirst().orElse("");
        assertTrue(reason.contains("the database does not answer") && reason.contains("PORTAIL_DB_URL"), reason);
        assertTrue(lines.stream().noneMatch(l -> l.contains("wrong-secret-value")), "the password is never logged");
    }

    @Test
    void aMovedClockStopsAProductionServer() throws Exception {
        List<String> lines = startAndWaitForExit(Map.of("PORTAIL_CLOCK", "2027-03-15T10:00"));

        assertEquals(1, lines.stream().filter(l -> l.contains("Portail Familles cannot start: PORTAIL_CLOCK is set, but the clock"
                + " can only be moved in demo or test mode")).count(), String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())));
    }

    @Test
    void aProductionServerWithoutItsPublicAddressDoesNotStart() throws Exception {
        List<String> lines = startAndWaitForExit(Map.of(), Set.of("PORTAIL_PUBLIC_URL"));

        assertEquals(1, lines.stream().filter(l -> l.contains("Portail Familles cannot start: PORTAIL_PUBLIC_URL is missing")).count(),
                String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())));
    }

    /** A production server (no demo mode) with its public address set, and these settings. */
    private static List<String> startAndWaitForExit(Map<String, String> environment) throws IOException, InterruptedException {
        return startAndWaitForExit(environment, Set.of());
    }

    private static List<String> startAndWaitForExit(Map<String, String> environment, Set<String> unset)
            throws IOException, InterruptedException {
        File server = new File(System.getProperty("jboss.home", "target/server"));
        Path output = Files.createTempFile("portail-misconfigured", ".log");
        ProcessBuilder builder = new ProcessBuilder(new File(server, "bin/standalone.sh").getPath(),
                "-Djboss.socket.binding.port-offset=" + PORT_OFFSET,
                "-Djboss.server.base.dir=" + prepareBaseDirectory(server))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().remove("PORTAIL_DEMO");
        builder.environment().remove("PORTAIL_CLOCK");
        builder.environment().put("PORTAIL_PUBLIC_URL", "https://familles.example.fr/");
        builder.environment().putAll(environment);
        unset.forEach(builder.environment()::remove);
        Process process = builder.start();
        try {
            boolean exited = process.waitFor(120, TimeUnit.SECONDS);
            assertTrue(exited, "the server should stop by itself");
            assertNotEquals(0, process.exitValue());
            return Files.readAllLines(output);
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Files.deleteIfExists(output);
        }
    }

    /** A throw-away copy of the server's standalone directory, with the application deployed. */
    private static Path prepareBaseDirectory(File server) throws IOException {
        Path base = Files.createTempDirectory("portail-misconfigured");
        Path standalone = server.toPath().resolve("standalone");
        for (String directory : List.of("configuration", "deployments")) {
            try (var files = Files.walk(standalone.resolve(directory))) {
                for (Path source : (Iterable<Path>) files::iterator) {
                    if (source.toString().contains("standalone_xml_history")) {
                        continue;
                    }
                    Path target = base.resolve(standalone.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target);
                    }
                }
            }
        }
        base.toFile().deleteOnExit();
        return base;
    }
}
