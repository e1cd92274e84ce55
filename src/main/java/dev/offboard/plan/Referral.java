package dev.offboard.plan;

/** Someone the client could turn to next. */
public record Referral(String name, String speciality, String contact) {

    public Referral {
        name = Text.clean(name);
        speciality = Text.clean(speciality);
        contact = Text.clean(contact);
    }
}
