package dev.offboard.plan;

/** Someone the client could turn to next. */
public record Referral(String name, String speciality, String contact) {

    public Referral {
        name = Text.clean(name);
        speciality = Text.clean(speciality);
        contact = Text.clean(contact);
    }

    public Referral withName(String value) {
        return new Referral(value, speciality, contact);
    }

    public Referral withSpeciality(String value) {
        return new Referral(name, value, contact);
    }

    public Referral withContact(String value) {
        return new Referral(name, speciality, value);
    }
}
