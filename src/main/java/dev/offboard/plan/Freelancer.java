package dev.offboard.plan;

/**
 * You, the freelancer: the sender of every document.
 *
 * @param signature the line under your name, such as "brand and web designer"
 * @param postalAddress your business address, several lines, for the letter's sender block
 * @param city where you write from, for the letter's place and date line
 */
public record Freelancer(String name, String businessName, String email, String phone, String signature,
        String postalAddress, String city) {

    public Freelancer {
        name = Text.clean(name);
        businessName = Text.clean(businessName);
        email = Text.clean(email);
        phone = Text.clean(phone);
        signature = Text.clean(signature);
        postalAddress = Text.clean(postalAddress);
        city = Text.clean(city);
    }

    /** Without an address or city. */
    public Freelancer(String name, String businessName, String email, String phone, String signature) {
        this(name, businessName, email, phone, signature, "", "");
    }

    public static Freelancer empty() {
        return new Freelancer("", "", "", "", "", "", "");
    }

    public Freelancer withName(String value) {
        return new Freelancer(value, businessName, email, phone, signature, postalAddress, city);
    }

    public Freelancer withBusinessName(String value) {
        return new Freelancer(name, value, email, phone, signature, postalAddress, city);
    }

    public Freelancer withEmail(String value) {
        return new Freelancer(name, businessName, value, phone, signature, postalAddress, city);
    }

    public Freelancer withPhone(String value) {
        return new Freelancer(name, businessName, email, value, signature, postalAddress, city);
    }

    public Freelancer withSignature(String value) {
        return new Freelancer(name, businessName, email, phone, value, postalAddress, city);
    }

    public Freelancer withPostalAddress(String value) {
        return new Freelancer(name, businessName, email, phone, signature, value, city);
    }

    public Freelancer withCity(String value) {
        return new Freelancer(name, businessName, email, phone, signature, postalAddress, value);
    }
}
