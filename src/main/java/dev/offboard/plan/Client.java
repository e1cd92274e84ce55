package dev.offboard.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The client: who the documents are addressed to.
 *
 * @param language language of the client-facing documents
 * @param country ISO 3166 two-letter country code of the client, or empty; picks the paper size
 * @param revenueSharePercent share of your revenue this client brings, 0 to 100, or null if unknown
 */
public record Client(
        String company,
        String contactName,
        String email,
        String postalAddress,
        Language language,
        String country,
        LocalDate relationshipStart,
        BigDecimal revenueSharePercent) {

    public Client {
        company = Text.clean(company);
        contactName = Text.clean(contactName);
        email = Text.clean(email);
        postalAddress = Text.clean(postalAddress);
        language = language == null ? Language.EN : language;
        country = Text.clean(country);
    }

    public static Client empty() {
        return new Client("", "", "", "", Language.EN, "", null, null);
    }

    /** The name to greet: the contact person, else the company. */
    public String greetingName() {
        return contactName.isEmpty() ? company : contactName;
    }

    public Client withCompany(String value) {
        return new Client(value, contactName, email, postalAddress, language, country, relationshipStart,
                revenueSharePercent);
    }

    public Client withContactName(String value) {
        return new Client(company, value, email, postalAddress, language, country, relationshipStart,
                revenueSharePercent);
    }

    public Client withEmail(String value) {
        return new Client(company, contactName, value, postalAddress, language, country, relationshipStart,
                revenueSharePercent);
    }

    public Client withPostalAddress(String value) {
        return new Client(company, contactName, email, value, language, country, relationshipStart,
                revenueSharePercent);
    }

    public Client withLanguage(Language value) {
        return new Client(company, contactName, email, postalAddress, value, country, relationshipStart,
                revenueSharePercent);
    }

    public Client withCountry(String value) {
        return new Client(company, contactName, email, postalAddress, language, value, relationshipStart,
                revenueSharePercent);
    }

    public Client withRelationshipStart(LocalDate value) {
        return new Client(company, contactName, email, postalAddress, language, country, value, revenueSharePercent);
    }

    public Client withRevenueSharePercent(BigDecimal value) {
        return new Client(company, contactName, email, postalAddress, language, country, relationshipStart, value);
    }
}
