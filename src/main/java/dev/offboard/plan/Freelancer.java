package dev.offboard.plan;

/** You, the freelancer: the sender of every document. */
public record Freelancer(String name, String businessName, String email, String phone, String signature) {

    public Freelancer {
        name = Text.clean(name);
        businessName = Text.clean(businessName);
        email = Text.clean(email);
        phone = Text.clean(phone);
        signature = Text.clean(signature);
    }

    public static Freelancer empty() {
        return new Freelancer("", "", "", "", "");
    }
}
