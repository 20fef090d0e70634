package fr.portailfamilles.platform.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every text has its English translation, and no English text is left without its French original. */
class MessageBundlesTest {

    @Test
    void frenchAndEnglishBundlesHaveTheSameKeys() throws IOException {
        for (String bundle : new String[]{"/fr/portailfamilles/messages", "/ValidationMessages", "/fr/portailfamilles/faces-messages"}) {
            assertEquals(keys(bundle + ".properties"), keys(bundle + "_en.properties"), bundle);
        }
    }

    private static Set<String> keys(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            properties.load(in);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
