package dev.offboard.render;

import dev.offboard.plan.Client;
import dev.offboard.plan.Language;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the documents greet the client and name the contact in the address, in each language
 * and formality, as a professional would write it.
 *
 * <table>
 * <caption>Greetings</caption>
 * <tr><th></th><th>English</th><th>French</th></tr>
 * <tr><td>first name</td><td>Dear Priya,</td><td>Bonjour Émilie, (letter with a title: Chère Émilie,)</td></tr>
 * <tr><td>formal, with a title</td><td>Dear Ms Shah, (US: Dear Ms. Shah:)</td><td>Madame,</td></tr>
 * <tr><td>formal, no title</td><td>Dear Priya Shah,</td><td>Bonjour Émilie Tremblay,</td></tr>
 * <tr><td>only a company</td><td>Dear Northwind Books team,</td><td>Madame, Monsieur,</td></tr>
 * </table>
 */
final class Salutation {

    /** Legal forms left out of "Dear … team": "Northwind Books Ltd" is greeted as "Northwind Books". */
    private static final Pattern LEGAL_FORM = Pattern.compile(
            "(?i)[,\\s]+(ltd\\.?|limited|inc\\.?|incorporated|llc|llp|plc|corp\\.?|corporation|co\\.?|gmbh|s\\.?a\\.?s\\.?u?|"
                    + "s\\.?a\\.?r\\.?l\\.?|eurl|sa|bv|ag|pty\\.? ltd\\.?|inc\\.)$");
    private static final Pattern LEADING_ARTICLE = Pattern.compile(
            "^(The|A|An|Le|La|Les|L['’]|Un|Une)(?=[\\s'’]|$)|^(L['’])");

    private Salutation() {
    }

    /** The greeting line, with its punctuation. */
    static String of(Client client, DocumentLocale conventions, Words words, boolean letter) {
        String contact = client.contactName().strip();
        String name = client.nameToGreet();
        boolean formal = client.formality() == Client.Formality.FORMAL;
        Client.Title title = client.title();
        if (conventions.language() == Language.FR) {
            if (contact.isEmpty() && client.greetingName().isBlank()) {
                return "Madame, Monsieur,";
            }
            if (formal) {
                return switch (title) {
                    case MS -> "Madame,";
                    case MR -> "Monsieur,";
                    default -> "Bonjour " + (contact.isEmpty() ? name : contact) + ",";
                };
            }
            if (letter && title == Client.Title.MS) {
                return "Chère " + name + ",";
            }
            if (letter && title == Client.Title.MR) {
                return "Cher " + name + ",";
            }
            return "Bonjour " + name + ",";
        }
        String end = letter && formal && conventions.american() ? ":" : ",";
        if (contact.isEmpty() && client.greetingName().isBlank()) {
            String company = withoutLegalForm(client.company());
            return company.isEmpty() ? "Dear Sir or Madam," : "Dear " + company + " team,";
        }
        if (formal) {
            if (title == Client.Title.NONE) {
                return "Dear " + (contact.isEmpty() ? name : contact) + end;
            }
            return "Dear " + words.get("title." + title.name()) + " " + name + end;
        }
        return "Dear " + name + end;
    }

    /**
     * The closing formula of a formal French letter, which repeats the greeting: « Je vous prie
     * d'agréer, Madame, l'expression de mes salutations distinguées. »; empty otherwise (the
     * template's "Bien cordialement," or "Kind regards,").
     */
    static String formalClosing(Client client, DocumentLocale conventions) {
        if (conventions.language() != Language.FR || client.formality() != Client.Formality.FORMAL) {
            return "";
        }
        String greeting = client.contactName().isBlank() && client.greetingName().isBlank() ? "Madame, Monsieur"
                : switch (client.title()) {
                    case MS -> "Madame";
                    case MR -> "Monsieur";
                    default -> "";
                };
        return greeting.isEmpty() ? "" : "Je vous prie d'agréer, " + greeting
                + ", l'expression de mes salutations distinguées.";
    }

    /** The address block's line for the contact; empty when there is no contact. */
    static String attention(Client client, DocumentLocale conventions, Words words) {
        String contact = client.contactName().strip();
        if (contact.isEmpty()) {
            return "";
        }
        String titled = client.title() == Client.Title.NONE ? contact
                : words.get("title.short." + client.title().name()) + " " + contact;
        if (conventions.language() == Language.FR) {
            return "À l'attention " + de(titled);
        }
        return words.get("attention") + " " + titled;
    }

    /** French "de", elided before a vowel: « d'Émilie », « de Mme Tremblay ». */
    static String de(String name) {
        if (name.isEmpty()) {
            return "de";
        }
        char first = java.text.Normalizer.normalize(name.substring(0, 1), java.text.Normalizer.Form.NFD).charAt(0);
        return "AEIOUYaeiouy".indexOf(first) >= 0 ? "d'" + name : "de " + name;
    }

    /** The company without its legal form, for "Dear … team". */
    static String withoutLegalForm(String company) {
        String result = company.strip();
        String shorter = LEGAL_FORM.matcher(result).replaceFirst("");
        return shorter.isBlank() ? result : shorter.strip();
    }

    /**
     * A milestone's name made to sit mid-sentence: a leading article typed with a capital
     * ("The spring launch", "La mise en ligne") loses it; other words (names) keep theirs.
     */
    static String lowerLeadingArticle(String milestone) {
        var matcher = LEADING_ARTICLE.matcher(milestone);
        if (matcher.find()) {
            return milestone.substring(0, 1).toLowerCase(Locale.ROOT) + milestone.substring(1);
        }
        return milestone;
    }
}
