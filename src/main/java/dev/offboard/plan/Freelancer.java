package dev.offboard.plan;

import java.util.Locale;

/**
 * You, the freelancer: the sender of every document.
 *
 * @param signature the lines under your name, such as "brand and web designer"; line breaks are kept
 * @param postalAddress your business address, several lines, for the letter's sender block
 * @param city where you write from, for the letter's place and date line
 * @param country ISO 3166 two-letter code of your country, or empty: a client abroad gets its
 *     country on the address's last line
 */
public record Freelancer(String name, String businessName, String email, String phone, String signature,
        String postalAddress, String city, String country) {

    public Freelancer {
        name = Text.clean(name);
        businessName = Text.clean(businessName);
        email = Text.clean(email);
        phone = Text.clean(phone);
        signature = Text.clean(signature);
        postalAddress = Text.clean(postalAddress);
        city = Text.clean(city);
        country = Text.clean(country);
    }

    /** Without a country. */
    public Freelancer(String name, String businessName, String email, String phone, String signature,
            String postalAddress, String city) {
        this(name, businessName, email, phone, signature, postalAddress, city, "");
    }

    /** Without an address, city or country. */
    public Freelancer(String name, String businessName, String email, String phone, String signature) {
        this(name, businessName, email, phone, signature, "", "", "");
    }

    public static Freelancer empty() {
        return new Freelancer("", "", "", "", "", "", "", "");
    }

    /** The country code in capitals, or empty. */
    public String countryCode() {
        return country.strip().toUpperCase(Locale.ROOT);
    }

    public Freelancer withName(String value) {
        return new Freelancer(value, businessName, email, phone, signature, postalAddress, city, country);
    }

    public Freelancer withBusinessName(String value) {
        return new Freelancer(name, value, email, phone, signature, postalAddress, city, country);
    }

    public Freelancer withEmail(String value) {
        return new Freelancer(name, businessName, value, phone, signature, postalAddress, city, country);
    }

    public Freelancer withPhone(String value) {
        return new Freelancer(name, businessName, email, value, signature, postalAddress, city, country);
    }

    public Freelancer withSignature(String value) {
        return new Freelancer(name, businessName, email, phone, value, postalAddress, city, country);
    }

    public Freelancer withPostalAddress(String value) {
        return new Freelancer(name, businessName, email, phone, signature, value, city, country);
    }

    public Freelancer withCity(String value) {
        return new Freelancer(name, businessName, email, phone, signature, postalAddress, value, country);
    }

    public Freelancer withCountry(String value) {
        return new Freelancer(name, businessName, email, phone, signature, postalAddress, city, value);
    }
}
