package dev.offboard.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The client: who the documents are addressed to.
 *
 * @param language language of the client-facing documents
 * @param country ISO 3166 two-letter country code of the client, or empty; with the language it
 *     picks the documents' conventions (en-GB, en-US, fr-FR, fr-CA …) and the paper size
 * @param revenueSharePercent share of your revenue this client brings, 0 to 100, or null if unknown
 * @param greetingName the name used in the greeting: a first name when informal ("Priya"), a
 *     surname when formal ("Shah"); empty: taken from {@code contactName}
 * @param formality whether the documents greet the contact by first name or formally
 * @param title the contact's title in a formal greeting and in the address
 */
public record Client(
        String company,
        String contactName,
        String email,
        String postalAddress,
        Language language,
        String country,
        LocalDate relationshipStart,
        BigDecimal revenueSharePercent,
        String greetingName,
        Formality formality,
        Title title) {

    public Client {
        company = Text.clean(company);
        contactName = Text.clean(contactName);
        email = Text.clean(email);
        postalAddress = Text.clean(postalAddress);
        language = language == null ? Language.EN : language;
        country = Text.clean(country);
        greetingName = Text.clean(greetingName);
        formality = formality == null ? Formality.INFORMAL : formality;
        title = title == null ? Title.NONE : title;
    }

    /** Greeted informally, with the name taken from the contact name. */
    public Client(String company, String contactName, String email, String postalAddress, Language language,
            String country, LocalDate relationshipStart, BigDecimal revenueSharePercent) {
        this(company, contactName, email, postalAddress, language, country, relationshipStart, revenueSharePercent,
                "", Formality.INFORMAL, Title.NONE);
    }

    public static Client empty() {
        return new Client("", "", "", "", Language.EN, "", null, null, "", Formality.INFORMAL, Title.NONE);
    }

    /**
     * The name the greeting uses: the one chosen, else from the contact name, its first word
     * when informal, its last when formal; empty without a contact.
     */
    public String nameToGreet() {
        if (!greetingName.isBlank()) {
            return greetingName.strip();
        }
        String[] words = contactName.strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return "";
        }
        return formality == Formality.FORMAL ? words[words.length - 1] : words[0];
    }

    /** The country code in capitals, or empty. */
    public String countryCode() {
        return country.strip().toUpperCase(Locale.ROOT);
    }

    /** How the documents greet the contact. */
    public enum Formality {
        /** By first name: "Dear Priya," / "Bonjour Émilie,". */
        INFORMAL,
        /** With a title and surname: "Dear Ms Shah," / "Madame,". */
        FORMAL
    }

    /** The contact's title: Ms/Mr/Mx in English, Madame/Monsieur in French. */
    public enum Title { NONE, MS, MR, MX }

    public Client withCompany(String value) {
        return new Client(value, contactName, email, postalAddress, language, country, relationshipStart,
                revenueSharePercent, greetingName, formality, title);
    }

    public Client withContactName(String value) {
        return new Client(company, value, email, postalAddress, language, country, relationshipStart,
                revenueSharePercent, greetingName, formality, title);
    }

    public Client withEmail(String value) {
        return new Client(company, contactName, value, postalAddress, language, country, relationshipStart,
                revenueSharePercent, greetingName, formality, title);
    }

    public Client withPostalAddress(String value) {
        return new Client(company, contactName, email, value, language, country, relationshipStart,
                revenueSharePercent, greetingName, formality, title);
    }

    public Client withLanguage(Language value) {
        return new Client(company, contactName, email, postalAddress, value, country, relationshipStart,
                revenueSharePercent, greetingName, formality, title);
    }

    public Client withCountry(String value) {
        return new Client(company, contactName, email, postalAddress, language, value, relationshipStart,
                revenueSharePercent, greetingName, formality, title);
    }

    public Client withRelationshipStart(LocalDate value) {
        return new Client(company, contactName, email, postalAddress, language, country, value,
                revenueSharePercent, greetingName, formality, title);
    }

    public Client withRevenueSharePercent(BigDecimal value) {
        return new Client(company, contactName, email, postalAddress, language, country, relationshipStart, value,
                greetingName, formality, title);
    }

    public Client withGreetingName(String value) {
        return new Client(company, contactName, email, postalAddress, language, country, relationshipStart,
                revenueSharePercent, value, formality, title);
    }

    public Client withFormality(Formality value) {
        return new Client(company, contactName, email, postalAddress, language, country, relationshipStart,
                revenueSharePercent, greetingName, value, title);
    }

    public Client withTitle(Title value) {
        return new Client(company, contactName, email, postalAddress, language, country, relationshipStart,
                revenueSharePercent, greetingName, formality, value);
    }
}
