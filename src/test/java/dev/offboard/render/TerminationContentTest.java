package dev.offboard.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.Client;
import dev.offboard.plan.Deliverable;
import dev.offboard.plan.Language;
import dev.offboard.plan.Notice;
import dev.offboard.plan.Options;
import dev.offboard.plan.Payment;
import dev.offboard.plan.Plan;
import dev.offboard.plan.SamplePlan;
import dev.offboard.plan.Thanks;
import dev.offboard.plan.WriteUp;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a good termination letter and email state, read back from the real PDF text, the
 * email text and the .eml: the notice, the milestone, the letter's date, the work and money
 * in order, and optional parts that vanish cleanly when empty. Both languages.
 */
class TerminationContentTest {

    private static final Documents DOCUMENTS = new Documents();
    private static final LocalDate TODAY = TestPlans.TODAY;

    private static Plan sample(Language language) {
        return SamplePlan.create(TODAY, language);
    }

    private static String letter(Plan plan, Language language) throws Exception {
        return PdfText.read(DOCUMENTS.letterPdf(plan, language, TODAY)).flat();
    }

    private static String email(Plan plan, Language language) {
        return PdfText.flatten(DOCUMENTS.email(plan, language).toText());
    }

    private static String both(Plan plan, Language language) throws Exception {
        return letter(plan, language) + " ¦¦ " + email(plan, language);
    }

    private static boolean french(Language language) {
        return language == Language.FR;
    }

    @org.junit.jupiter.api.Test
    void theFrenchLetterSaysAussiOnlyAfterAReferral() throws Exception {
        Plan withReferral = sample(Language.FR);
        Plan without = withReferral.withOptions(withReferral.options().withReferrals(java.util.List.of()));

        assertThat(letter(withReferral, Language.FR)).contains("Je peux aussi vous aider à mener les entretiens");
        assertThat(letter(without, Language.FR)).contains("Je peux vous aider à mener les entretiens")
                .doesNotContain("Je peux aussi vous aider");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aMilestoneNoticeNamesTheMilestoneInBothDocuments(Language language) throws Exception {
        LocalDate launch = LocalDate.of(2027, 3, 31);
        Plan plan = sample(language).withNotice(new Notice(LocalDate.of(2027, 3, 1), Notice.NoticeKind.MILESTONE,
                0, null, null, french(language) ? "La mise en ligne du site" : "The spring launch", launch));
        String letter = letter(plan, language);
        String email = email(plan, language);
        String expected = french(language)
                ? "jusqu'à une étape naturelle de notre travail, la mise en ligne du site, le 31 mars 2027, qui sera mon dernier jour de travail"
                : "until a natural stopping point in our work, the spring launch, on 31 March 2027, which will be my last working day";
        assertThat(letter).contains(expected);
        assertThat(email).contains(expected);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theNoticeLengthIsStatedWithTheDayItStarts(Language language) throws Exception {
        Plan plan = sample(language).withNotice(Notice.twoWeeks(LocalDate.of(2026, 12, 8)))
                .withDeliverables(List.of());
        String expected = french(language)
                ? "Je vous donne un préavis de deux semaines à compter du 8 décembre 2026. Mon dernier jour de travail sera donc le 22 décembre 2026."
                : "I am giving you two weeks' notice from 8 December 2026, so my last working day will be 22 December 2026.";
        assertThat(letter(plan, language)).contains(expected);
        assertThat(email(plan, language)).contains(expected);

        Plan days = plan.withNotice(new Notice(LocalDate.of(2026, 12, 8), Notice.NoticeKind.PERIOD, 1,
                Notice.NoticeUnit.DAYS, Notice.DayCount.BUSINESS_DAYS, "", null));
        assertThat(email(days, language)).contains(french(language) ? "un préavis d'un jour ouvré" : "one business day's notice");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theLetterIsDatedTheDayNoticeIsGivenUnlessAnotherDateIsChosen(Language language) throws Exception {
        Plan plan = sample(language).withNotice(Notice.twoWeeks(LocalDate.of(2026, 3, 17)));
        String city = plan.freelancer().city();
        assertThat(letter(plan, language)).contains(city + (french(language) ? ", le 17 mars 2026" : ", 17 March 2026"))
                .doesNotContain(city + (french(language) ? ", le 4 mars 2026" : ", 4 March 2026"));

        Plan chosen = plan.withWriteUp(plan.writeUp().withLetterDate(LocalDate.of(2026, 3, 18)));
        assertThat(letter(chosen, language)).contains(city + (french(language) ? ", le 18 mars 2026" : ", 18 March 2026"));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void deliverablesComeInDateOrderAndDeliveredOnesStandApart(Language language) throws Exception {
        Plan plan = sample(language).withNotice(Notice.twoWeeks(LocalDate.of(2026, 3, 10)))
                .withDeliverables(List.of(
                        new Deliverable("Zeta late", "", LocalDate.of(2026, 3, 20), Deliverable.Status.IN_PROGRESS),
                        new Deliverable("Alpha done", "", LocalDate.of(2026, 3, 2), Deliverable.Status.DELIVERED),
                        new Deliverable("Beta early", "", LocalDate.of(2026, 3, 12), Deliverable.Status.NOT_STARTED)));
        PdfText pdf = PdfText.read(DOCUMENTS.letterPdf(plan, language, TODAY));
        String text = PdfText.flatten(pdf.sortedText());
        String table = text.substring(text.indexOf(french(language) ? "Travaux à livrer" : "Work to be delivered"),
                text.indexOf(french(language) ? "Déjà livré" : "Already delivered"));
        assertThat(table).contains("Beta early", "Zeta late").doesNotContain("Alpha done");
        assertThat(table.indexOf("Beta early")).isLessThan(table.indexOf("Zeta late"));
        assertThat(text.substring(text.indexOf(french(language) ? "Déjà livré" : "Already delivered")))
                .contains("Alpha done");

        String email = email(plan, language);
        assertThat(email).doesNotContain("Alpha done");
        assertThat(email.indexOf("Beta early")).isLessThan(email.indexOf("Zeta late"));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void totalsInSeveralCurrenciesAreAListNeverASum(Language language) throws Exception {
        Plan plan = sample(language).withPayments(List.of(
                new Payment("A-1", new BigDecimal("100.00"), Currency.getInstance("EUR"), null, Payment.Status.OUTSTANDING),
                new Payment("A-2", new BigDecimal("200.00"), Currency.getInstance("USD"), null, Payment.Status.OUTSTANDING)));
        String letter = letter(plan, language);
        String email = DOCUMENTS.email(plan, language).body();
        assertThat(letter).doesNotContain(" + ").contains(french(language) ? "Restant dû, par devise" : "Outstanding, per currency");
        assertThat(email).doesNotContain(" + ").doesNotContain(french(language) ? "€ et " : "00 and ")
                .contains(french(language) ? "Total dû, par devise\u00A0:\n- 100,00" : "Total due, per currency:\n- €100.00");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void whenEveryInvoiceIsPaidTheDocumentsSaySo(Language language) throws Exception {
        Plan plan = sample(language).withPayments(List.of(
                new Payment("P-1", new BigDecimal("100.00"), Currency.getInstance("EUR"), null, Payment.Status.PAID)));
        String expected = french(language) ? "Toutes les factures ont été réglées : il ne reste rien à payer."
                : "Every invoice has been paid: nothing is outstanding.";
        assertThat(letter(plan, language)).contains(expected);
        assertThat(email(plan, language)).contains(expected);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theOptionalPartsShowWhenGiven(Language language) throws Exception {
        Plan base = sample(language);
        Plan plan = base.withNotice(Notice.twoWeeks(LocalDate.of(2026, 3, 10)).withAgreement("Contract 2024-17")
                        .withNoticeClause("9.2").withNewRequestsCutoff(LocalDate.of(2026, 3, 12)))
                .withOptions(base.options().withSupportUntil(LocalDate.of(2026, 4, 30)))
                .withWriteUp(base.writeUp().withPaymentDetails("Pay at pay.example/inv").withRegisteredPost(true));
        String both = both(plan, language);
        if (french(language)) {
            assertThat(both).contains("Ce préavis respecte l'article 9.2 de notre contrat (« Contract 2024-17 »).",
                    "Les travaux demandés après le 12 mars 2026 ne font pas partie de ce préavis.",
                    "Pay at pay.example/inv",
                    "je reste disponible pour répondre à vos questions sur la passation jusqu'au 30 avril 2026.",
                    "Lettre recommandée avec accusé de réception",
                    "je vous l'adresse aussi par lettre recommandée avec accusé de réception");
        } else {
            assertThat(both).contains("This notice follows clause 9.2 of our agreement (“Contract 2024-17”).",
                    "Work requested after 12 March 2026 is not part of this notice.",
                    "To settle the outstanding invoices: Pay at pay.example/inv",
                    "I remain available to answer your questions about the handover until 30 April 2026.",
                    "By registered post", "a copy is also on its way to you by registered post");
        }
    }

    /** A plan with nothing optional: no deliverables, payments, options, conditions or thanks. */
    private static Plan bare(Language language) {
        Plan sample = sample(language);
        return sample.withDeliverables(List.of()).withPayments(List.of()).withOptions(Options.empty())
                .withThanks(Thanks.empty()).withWriteUp(WriteUp.empty())
                .withNotice(new Notice(LocalDate.of(2026, 3, 10), Notice.NoticeKind.PERIOD, 2, Notice.NoticeUnit.WEEKS,
                        Notice.DayCount.BUSINESS_DAYS, "", null, "", "", null));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void emptyOptionalPartsLeaveNoDanglingSentence(Language language) throws Exception {
        String both = both(bare(language), language);
        if (french(language)) {
            assertThat(both).doesNotContain("comment se fera la passation", "modalités des semaines à venir",
                    "Pour régler", "Ce préavis respecte", "reste disponible", "recommandée", "je peux :",
                    "Travaux à livrer", "Paiements", "par devise", "il ne reste rien");
            assertThat(both).contains("notre collaboration va prendre fin.");
        } else {
            assertThat(both).doesNotContain("sets out how we will hand over the work", "arrangements for the weeks ahead",
                    "To settle", "This notice follows", "remain available", "registered post", "I can:",
                    "Work to be delivered", "Payments", "per currency", "nothing is outstanding");
            assertThat(both).contains("our collaboration will come to an end.");
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theEmailMentionsTheAttachedLetterAndAsksToConfirmReceipt(Language language) throws Exception {
        Plan plan = sample(language);
        Email email = DOCUMENTS.email(plan, language);
        String attached = french(language) ? "La lettre jointe reprend tout cela par écrit"
                : "The attached letter sets all of this out in writing";
        String confirm = french(language) ? "me confirmer que vous avez bien reçu ce message et la lettre"
                : "let me know that you have received this message and the letter";
        assertThat(PdfText.flatten(email.body())).contains(attached, confirm);
        assertThat(letter(plan, language)).contains(french(language)
                ? "Merci de me confirmer la bonne réception de cette lettre"
                : "Please confirm that you have received this letter");

        byte[] eml = EmailDraft.eml(plan, email, DOCUMENTS.letterPdf(plan, language, TODAY), "letter.pdf",
                ZonedDateTime.of(2026, 3, 4, 9, 0, 0, 0, ZoneOffset.UTC));
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(eml));
        String body = (String) ((Multipart) message.getContent()).getBodyPart(0).getContent();
        assertThat(PdfText.flatten(body)).contains(attached, confirm);
    }

    @Test
    void theFrenchEmailTextIsLabelledInFrench() {
        Email email = DOCUMENTS.email(sample(Language.FR), Language.FR);
        assertThat(email.toText()).startsWith("Objet\u00A0: ").doesNotContain("Subject");
        assertThat(DOCUMENTS.email(sample(Language.EN), Language.EN).toText()).startsWith("Subject: ");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aCompanyEndingWithAFullStopNeverGetsTwo(Language language) throws Exception {
        Plan plan = sample(language).withClient(sample(language).client().withCompany("Brightloop Labs Inc."));
        assertThat(both(plan, language)).doesNotContain("Inc..").doesNotContain("au nom de")
                .doesNotContain("on behalf of");
    }

    @Test
    void frenchGrammarNeverDependsOnTheName() throws Exception {
        Plan sample = sample(Language.FR);
        for (String company : List.of("Agence Boréale", "Les Éditions du Port", "Atelier Ouest", "Hôtel du Lac")) {
            Client client = sample.client().withCompany(company).withContactName("Émilie Tremblay")
                    .withTitle(Client.Title.NONE);
            String both = both(sample.withClient(client), Language.FR);
            assertThat(both).doesNotContain("de " + company, "à " + company, "de Les", "à Les", "de Émilie",
                    "de Agence", "à le ", "de le ");
            assertThat(both).contains("À l'attention d'Émilie Tremblay");
            String calendar = new String(CalendarFile.ics(sample.withClient(client), Language.FR,
                    java.time.Instant.parse("2026-03-04T09:00:00Z")), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(calendar.replaceAll("\r\n ", "")).doesNotContain("à " + company, "de " + company, "à Les");
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void noCapitalAfterAColonInTheMiddleOfASentence(Language language) throws Exception {
        String email = DOCUMENTS.email(sample(language), language).body();
        assertThat(email).doesNotContainPattern("\\p{Ll}[\u00A0 ]?: \\p{Lu}");
    }
}
