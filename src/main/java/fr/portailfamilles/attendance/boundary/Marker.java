package fr.portailfamilles.attendance.boundary;

import java.io.Serializable;

/** The staff member who marks: the login recorded, and the name colleagues read ("pointé par Sophie Lemaire"). */
public record Marker(String login, String name) implements Serializable {
}
