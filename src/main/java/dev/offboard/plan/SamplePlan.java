package dev.offboard.plan;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Currency;
import java.util.List;
import java.util.Set;

/** A complete, realistic plan: a brand designer parting with a long-standing client. */
public final class SamplePlan {

    private SamplePlan() {
    }

    /** The sample in the given language: an English or a French-speaking relationship. */
    public static Plan create(LocalDate today, Language language) {
        return language == Language.FR ? createFrench(today) : create(today);
    }

    /**
     * The sample, dated from {@code today}: the conversation on the next Monday, notice
     * given the day after, two weeks counted in business days.
     */
    public static Plan create(LocalDate today) {
        LocalDate conversation = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        LocalDate noticeDay = conversation.plusDays(1);
        Notice notice = Notice.twoWeeks(noticeDay);
        // Counted as the documents count it, with the client's (UK) and the freelancer's (France)
        // public holidays.
        LocalDate lastDay = notice.lastWorkingDay(Set.of("GB", "FR")).orElseThrow();
        Currency eur = Currency.getInstance("EUR");
        return new Plan(
                new Freelancer("Camille Martin", "Studio Martin", "camille@studiomartin.example",
                        "+33 6 12 34 56 78", "Camille Martin\nBrand and web designer",
                        "8 rue des Carmes\n75005 Paris\nFrance", "Paris", "FR"),
                new Client("Northwind Books Ltd", "Priya Shah", "priya.shah@northwind.example",
                        "12 Harbour Street\nBristol BS1 4QA\nUnited Kingdom", Language.EN, "GB",
                        today.minusYears(3).withDayOfMonth(1), new BigDecimal("18"), "Priya",
                        Client.Formality.INFORMAL, Client.Title.MS),
                new Assessment(
                        Set.of(WarningSign.PUSHES_RATE_DOWN, WarningSign.OUTGROWN, WarningSign.TOO_LITTLE_WORK),
                        List.of("Feedback arrives weeks late, then with a next-day deadline"),
                        "Three rate discussions this year. The studio now focuses on brand systems; "
                                + "Northwind mostly needs small print updates.",
                        "The small rush jobs crowd out the brand work I want to grow.",
                        "About 18% of revenue, falling; two new brand clients would replace it within a quarter.",
                        today.minusMonths(4), Decision.PART_WAYS),
                new Conversation(conversation, Channel.VIDEO_CALL,
                        "- Thank Priya for three good years\n- The studio now works on brand systems only\n"
                                + "- Finish the autumn catalogue and the web banners\n- Offer two designers who fit",
                        "Small print updates at short notice no longer fit how the studio works.",
                        "Priya, thank you for making time. I want to talk about how we work together. "
                                + "Over the past year my studio has moved towards brand systems, and I can no "
                                + "longer give your day-to-day print work the attention it deserves.",
                        "I appreciate that, and I have thought about it carefully. My decision stands, "
                                + "and I will make sure the handover is smooth.",
                        "My studio now focuses on brand identity systems, and your day-to-day print work "
                                + "deserves someone who can give it their full attention."),
                notice.withAgreement("Design services agreement, March 2023").withNoticeClause("9.2"),
                List.of(
                        new Deliverable("Autumn catalogue, print-ready files", "48 pages, CMYK PDF with bleed",
                                lastDay.minusDays(3), Deliverable.Status.IN_PROGRESS),
                        new Deliverable("Web banner set", "Six sizes for the spring campaign",
                                noticeDay.plusDays(6), Deliverable.Status.IN_PROGRESS),
                        new Deliverable("Style guide update", "Colour and type pages, version 3",
                                lastDay, Deliverable.Status.NOT_STARTED)),
                List.of(
                        new Payment("INV-2024-118", new BigDecimal("1450.00"), eur, today.minusDays(10),
                                Payment.Status.OVERDUE),
                        new Payment("INV-2024-124", new BigDecimal("2300.00"), eur, lastDay.minusDays(1),
                                Payment.Status.OUTSTANDING),
                        new Payment("INV-2024-107", new BigDecimal("900.00"), eur, today.minusDays(40),
                                Payment.Status.PAID)),
                new Options(
                        List.of(new Referral("Léa Dubois", "Print and editorial design", "lea@duboisdesign.example"),
                                new Referral("Tom Okafor", "Web and social media graphics", "tom@okafor.example")),
                        true,
                        List.of("Canva team templates for quick social posts"),
                        List.of(new ReturnItem(ReturnItem.Kind.FILES, "Source files for every project (InDesign, Figma)",
                                        "Shared folder, on the last working day"),
                                new ReturnItem(ReturnItem.Kind.ACCOUNT, "Admin rights on the Figma team",
                                        "Transferred to Priya during the handover call"),
                                new ReturnItem(ReturnItem.Kind.CREDENTIAL, "Web host login",
                                        "Shared through your password manager, then I change nothing further")),
                        List.of("Figma team editor seat", "Shared drive access", "Web host login"),
                        true, true, lastDay.plusWeeks(2)),
                new Thanks("Thank you for three years of trust and for the projects we built together. "
                        + "Working on the Northwind catalogues taught me a great deal.",
                        "I am glad to act as a reference for your team at any time.", true),
                new WriteUp(List.of("The last catalogue revision round is included in the current quote"),
                        "", "", "", PaperSize.AUTO, null, "Bank transfer to Studio Martin; the account details are on each invoice.",
                        false));
    }

    /**
     * The sample written for a reader in one region: {@code en-GB} (the English sample),
     * {@code en-US} (a Portland designer and a client in Austin, in dollars, greeted formally),
     * {@code fr-FR} (a Lyon developer and a publisher in Marseille, in euros, greeted
     * formally, sent by registered post) or {@code fr-CA} (the French sample: a Montréal agency,
     * in Canadian dollars).
     */
    public static Plan forRegion(LocalDate today, String tag) {
        return switch (tag) {
            case "en-GB" -> create(today);
            case "en-US" -> american(today);
            case "fr-FR" -> frenchOfFrance(today);
            case "fr-CA" -> createFrench(today);
            default -> throw new IllegalArgumentException("no sample for " + tag + "; use en-GB, en-US, fr-FR or fr-CA");
        };
    }

    private static Plan american(LocalDate today) {
        Plan plan = create(today);
        Currency usd = Currency.getInstance("USD");
        return plan
                .withFreelancer(new Freelancer("Alex Rivera", "Rivera Design Co.", "alex@riveradesign.example",
                        "+1 503 555 0142", "Alex Rivera\nBrand and web designer",
                        "2211 NW Flanders Street\nPortland, OR 97210", "Portland", "US"))
                .withClient(new Client("Brightloop Labs Inc.", "Jordan Ellis", "jordan.ellis@brightloop.example",
                        "500 Congress Avenue, Suite 300\nAustin, TX 78701", Language.EN, "US",
                        today.minusYears(2).withDayOfMonth(1), new BigDecimal("22"), "Ellis",
                        Client.Formality.FORMAL, Client.Title.MR))
                .withPayments(plan.payments().stream()
                        .map(p -> new Payment(p.invoiceRef(), p.amount(), usd, p.dueDate(), p.status())).toList())
                .withOptions(plan.options().withItemsToReturn(List.of(
                        new ReturnItem(ReturnItem.Kind.FILES, "Source files for every project (InDesign, Figma)",
                                "Shared folder, on the last working day"),
                        new ReturnItem(ReturnItem.Kind.ACCOUNT, "Admin rights on the Figma team",
                                "Transferred to Jordan during the handover call"))).withReferrals(List.of(
                        new Referral("Dana Brooks", "Print and editorial design", "dana@brooksstudio.example"),
                        new Referral("Sam Okafor", "Web and social media graphics", "sam@okafor.example"))))
                .withDeliverables(List.of(
                        new Deliverable("Fall product catalog, print-ready files", "48 pages, CMYK PDF with bleed",
                                plan.deliverables().get(0).dueDate(), Deliverable.Status.IN_PROGRESS),
                        new Deliverable("Web banner set", "Six sizes for the spring campaign",
                                today.minusDays(3), Deliverable.Status.DELIVERED),
                        new Deliverable("Style guide update", "Color and type pages, version 3",
                                plan.deliverables().get(2).dueDate(), Deliverable.Status.NOT_STARTED)))
                .withThanks(new Thanks("Thank you for two years of trust and for the launches we worked on together. "
                        + "Designing for Brightloop taught me a great deal.",
                        "I am glad to act as a reference for your team at any time.", true))
                .withWriteUp(plan.writeUp()
                        .withOtherConditions(List.of("The last catalog revision round is included in the current quote"))
                        .withPaymentDetails("Pay online with the link on each invoice."));
    }

    private static Plan frenchOfFrance(LocalDate today) {
        Plan plan = createFrench(today);
        LocalDate noticeDay = plan.notice().givenOn();
        Currency eur = Currency.getInstance("EUR");
        return plan
                .withClient(new Client("Les Éditions du Port", "Hélène Marchand", "helene.marchand@editionsduport.example",
                        "14, quai de Rive-Neuve\n13007 Marseille", Language.FR, "FR",
                        today.minusYears(2).withDayOfMonth(1), new BigDecimal("30"), "",
                        Client.Formality.FORMAL, Client.Title.MS))
                .withFreelancer(plan.freelancer().withCountry("FR"))
                .withOptions(plan.options().withItemsToReturn(List.of(
                        new ReturnItem(ReturnItem.Kind.FILES, "Code source et dépôt Git",
                                "Transfert du dépôt sur votre compte"),
                        new ReturnItem(ReturnItem.Kind.DOMAIN, "Nom de domaine editionsduport.example",
                                "Transfert chez votre registraire"),
                        new ReturnItem(ReturnItem.Kind.CREDENTIAL, "Accès à l'hébergement",
                                "Par votre gestionnaire de mots de passe"))))
                .withNotice(new Notice(noticeDay, Notice.NoticeKind.PERIOD, 4, Notice.NoticeUnit.WEEKS,
                        Notice.DayCount.BUSINESS_DAYS, "", null, "Contrat de prestation du 2 mai 2024", "7", null))
                .withPayments(plan.payments().stream()
                        .map(p -> new Payment(p.invoiceRef(), p.amount(), eur, p.dueDate(), p.status())).toList())
                .withWriteUp(plan.writeUp().withRegisteredPost(true)
                        .withPaymentDetails("Virement sur le compte indiqué sur chaque facture."));
    }

    /**
     * A French-speaking sample: a web developer in Lyon parting with a Montréal agency,
     * notice to a natural stopping point (the end of a project).
     */
    public static Plan createFrench(LocalDate today) {
        LocalDate conversation = today.with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
        LocalDate noticeDay = conversation.plusDays(1);
        LocalDate launch = BusinessDays.lastWorkingDay(noticeDay, 15, Notice.NoticeUnit.DAYS,
                Notice.DayCount.BUSINESS_DAYS, Set.of("CA", "FR"));
        Notice notice = new Notice(noticeDay, Notice.NoticeKind.MILESTONE, 0, null, null,
                "la mise en ligne du nouveau site", launch);
        Currency cad = Currency.getInstance("CAD");
        return new Plan(
                new Freelancer("Julien Lefèvre", "Lefèvre Web", "julien@lefevreweb.example",
                        "+33 4 72 00 00 00", "Julien Lefèvre, développeur web indépendant",
                        "12 quai Saint-Vincent\n69001 Lyon\nFrance", "Lyon", "FR"),
                new Client("Agence Boréale", "Émilie Tremblay", "emilie.tremblay@boreale.example",
                        "450, rue Saint-Paul Ouest\nMontréal (Québec) H2Y 2A3\nCanada", Language.FR, "CA",
                        today.minusYears(2).withDayOfMonth(1), new BigDecimal("35"), "Émilie",
                        Client.Formality.INFORMAL, Client.Title.MS),
                new Assessment(
                        Set.of(WarningSign.IGNORES_CONTRACT, WarningSign.NEGATIVE_EXCHANGES),
                        List.of("Les demandes arrivent le vendredi soir pour le lundi matin"),
                        "Trois factures payées avec plus de soixante jours de retard cette année.",
                        "Je n'ai plus de temps pour les projets qui me font progresser.",
                        "35 % du chiffre d'affaires : à remplacer sur six mois, avec une réserve de trésorerie.",
                        today.minusMonths(3), Decision.PART_WAYS),
                new Conversation(conversation, Channel.VIDEO_CALL,
                        "- Remercier Émilie pour ces deux années\n- Terminer la refonte jusqu'à la mise en ligne\n"
                                + "- Proposer deux développeurs de confiance",
                        "Les délais de paiement convenus au contrat ne sont plus respectés.",
                        "Émilie, merci de prendre ce moment. Après réflexion, j'ai décidé de ne pas "
                                + "poursuivre notre collaboration au-delà de la mise en ligne du site.",
                        "Je comprends, et j'y ai longuement réfléchi. Ma décision est prise ; "
                                + "je veillerai à ce que la passation se passe bien.",
                        "Mon activité évolue vers d'autres types de projets, et je préfère vous le dire "
                                + "tôt pour que la suite se prépare dans de bonnes conditions."),
                notice,
                List.of(
                        new Deliverable("Refonte du site, mise en production", "Déploiement et vérifications",
                                launch, Deliverable.Status.IN_PROGRESS),
                        new Deliverable("Documentation technique", "Installation, déploiement, sauvegardes",
                                launch.minusDays(2), Deliverable.Status.NOT_STARTED)),
                List.of(
                        new Payment("F-2025-031", new BigDecimal("3200.00"), cad, today.minusDays(20),
                                Payment.Status.OVERDUE),
                        new Payment("F-2025-036", new BigDecimal("1850.00"), cad, launch,
                                Payment.Status.OUTSTANDING)),
                new Options(
                        List.of(new Referral("Sarah Nguyen", "Développement WordPress et WooCommerce",
                                "sarah@nguyen.example")),
                        true,
                        List.of("Une maintenance mensuelle par l'hébergeur"),
                        List.of(new ReturnItem(ReturnItem.Kind.CODE_REPOSITORY, "Code source et dépôt Git",
                                        "Transfert du dépôt au compte de l'agence"),
                                new ReturnItem(ReturnItem.Kind.DOMAIN, "Nom de domaine boreale.example",
                                        "Transfert au registraire de l'agence"),
                                new ReturnItem(ReturnItem.Kind.CREDENTIAL, "Accès à l'hébergement",
                                        "Par le gestionnaire de mots de passe de l'agence")),
                        List.of("Compte administrateur de l'hébergement", "Accès au dépôt Git"),
                        true, true),
                new Thanks("Merci pour ces deux années de collaboration et pour la confiance que vous "
                        + "m'avez accordée sur de beaux projets.", "", true),
                new WriteUp(List.of("Les corrections signalées dans les trente jours suivant la mise en ligne "
                        + "restent à ma charge"), "", "", ""));
    }
}
