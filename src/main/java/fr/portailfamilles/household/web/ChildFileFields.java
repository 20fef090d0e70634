package fr.portailfamilles.household.web;

import fr.portailfamilles.household.entity.Child;
import fr.portailfamilles.household.entity.ChildCorrection;
import fr.portailfamilles.household.entity.FileValues;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;

/** The part of a child's file both staff and parents fill in: school, health, authorisations. */
public class ChildFileFields implements Serializable {

    @Size(max = 120, message = "{changes.tooLong}")
    private String school;
    @Size(max = 20, message = "{changes.tooLong}")
    private String schoolClass;
    @Size(max = 500, message = "{changes.tooLong}")
    private String allergies;
    @Size(max = 500, message = "{changes.tooLong}")
    private String paiDetails;
    @Size(max = 120, message = "{changes.tooLong}")
    private String doctorName;
    @Pattern(regexp = FileValues.PHONE, message = "{changes.phone.invalid}")
    private String doctorPhone;
    private boolean photosAllowed;
    private boolean mayLeaveAlone;

    static ChildFileFields of(Child child) {
        ChildFileFields fields = new ChildFileFields();
        fields.school = child.getSchool();
        fields.schoolClass = child.getSchoolClass();
        fields.allergies = child.getAllergies();
        fields.paiDetails = child.getPaiDetails();
        fields.doctorName = child.getDoctorName();
        fields.doctorPhone = child.getDoctorPhone();
        fields.photosAllowed = child.isPhotosAllowed();
        fields.mayLeaveAlone = child.isMayLeaveAlone();
        return fields;
    }

    /** What a parent proposes, field by field, for a change request. */
    Map<ChildCorrection, String> corrections() {
        Map<ChildCorrection, String> proposed = new EnumMap<>(ChildCorrection.class);
        proposed.put(ChildCorrection.SCHOOL, school);
        proposed.put(ChildCorrection.SCHOOL_CLASS, schoolClass);
        proposed.put(ChildCorrection.ALLERGIES, allergies);
        proposed.put(ChildCorrection.PAI, paiDetails);
        proposed.put(ChildCorrection.DOCTOR_NAME, doctorName);
        proposed.put(ChildCorrection.DOCTOR_PHONE, doctorPhone);
        proposed.put(ChildCorrection.PHOTOS, String.valueOf(photosAllowed));
        proposed.put(ChildCorrection.LEAVE_ALONE, String.valueOf(mayLeaveAlone));
        return proposed;
    }

    public String getSchool() { return school; }
    public void setSchool(String school) { this.school = school; }
    public String getSchoolClass() { return schoolClass; }
    public void setSchoolClass(String schoolClass) { this.schoolClass = schoolClass; }
    public String getAllergies() { return allergies; }
    public void setAllergies(String allergies) { this.allergies = allergies; }
    public String getPaiDetails() { return paiDetails; }
    public void setPaiDetails(String paiDetails) { this.paiDetails = paiDetails; }
    public String getDoctorName() { return doctorName; }
    public void setDoctorName(String doctorName) { this.doctorName = doctorName; }
    public String getDoctorPhone() { return doctorPhone; }
    public void setDoctorPhone(String doctorPhone) { this.doctorPhone = doctorPhone; }
    public boolean isPhotosAllowed() { return photosAllowed; }
    public void setPhotosAllowed(boolean photosAllowed) { this.photosAllowed = photosAllowed; }
    public boolean isMayLeaveAlone() { return mayLeaveAlone; }
    public void setMayLeaveAlone(boolean mayLeaveAlone) { this.mayLeaveAlone = mayLeaveAlone; }
}
