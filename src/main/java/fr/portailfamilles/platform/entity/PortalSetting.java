package fr.portailfamilles.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A setting IT can change from the admin screens; in the database so every node sees the same value. */
@Entity
@Table(name = "portal_setting")
public class PortalSetting {

    @Id
    private String name;

    @Column(name = "setting_value", nullable = false)
    private String value;

    protected PortalSetting() {
    }

    public PortalSetting(String name, String value) {
        this.name = name;
        this.value = value;
    }

    public void change(String newValue) {
        this.value = newValue;
    }

    public String getName() { return name; }
    public String getValue() { return value; }
}
