package fr.portailfamilles.platform.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The mail library's English errors, as Angus Mail words them, each told to staff as what it comes to. */
class MailFailureTest {

    @Test
    void eachKnownErrorIsToldAsWhatItComesTo() {
        assertEquals(MailFailure.UNREACHABLE, MailFailure.of("Couldn't connect to host, port: localhost, 25; timeout 15000"));
        assertEquals(MailFailure.UNREACHABLE, MailFailure.of("Unknown SMTP host: smtp.exemple.fr"));
        assertEquals(MailFailure.UNREACHABLE, MailFailure.of("Read timed out"));
        assertEquals(MailFailure.AUTHENTICATION, MailFailure.of("535 5.7.8 Authentication credentials invalid"));
        assertEquals(MailFailure.ADDRESS_REFUSED, MailFailure.of("Invalid Addresses"));
        assertEquals(MailFailure.ADDRESS_REFUSED, MailFailure.of("550 5.1.1 <x@exemple.fr>: Recipient address rejected"));
        assertEquals(MailFailure.OTHER, MailFailure.of("452 4.3.1 Insufficient system storage"));
        assertEquals(MailFailure.OTHER, MailFailure.of(null));
    }
}
