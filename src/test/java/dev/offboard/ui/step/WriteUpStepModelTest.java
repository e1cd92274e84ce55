package dev.offboard.ui.step;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.EditedText;
import dev.offboard.plan.Language;
import dev.offboard.plan.Plan;
import dev.offboard.plan.SamplePlan;
import dev.offboard.plan.Section;
import dev.offboard.render.Email;
import dev.offboard.ui.core.FieldProblem;
import dev.offboard.ui.core.Messages;
import dev.offboard.ui.core.PlanHolder;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WriteUpStepModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static WriteUpStepModel model(PlanHolder holder) {
        Messages messages = new Messages(Locale.ENGLISH);
        return new WriteUpStepModel(holder, messages, List.of(
                new AssessStepModel(holder, messages, () -> TODAY), new ConverseStepModel(holder, messages),
                new NoticeStepModel(holder, messages), new OptionsStepModel(holder, messages),
                new ThankStepModel(holder, messages)));
    }

    @Test
    void listsEveryOpenProblemInStepOrder() {
        WriteUpStepModel model = model(new PlanHolder(Plan.empty()));

        List<FieldProblem> problems = model.openProblems();

        assertThat(problems).extracting(FieldProblem::step).isSorted();
        assertThat(problems).extracting(p -> p.field().value())
                .contains("freelancer.name", "conversation.clientReason", "notice.givenOn", "thanks.message");
        assertThat(model.canRender()).isFalse();
        assertThat(model.isComplete()).isFalse();
    }

    @Test
    void samplePlanHasNothingOpen() {
        WriteUpStepModel model = model(new PlanHolder(SamplePlan.create(TODAY)));

        assertThat(model.openProblems()).isEmpty();
        assertThat(model.canRender()).isTrue();
    }

    @Test
    void otherConditionsAreOnePerLine() {
        PlanHolder holder = new PlanHolder(Plan.empty());
        WriteUpStepModel model = model(holder);

        model.setPaperSize(dev.offboard.plan.PaperSize.LETTER);
        model.setOtherConditionsText("Final revision included\n\nInvoices by email");
        model.setSignOff("Warm regards");

        assertThat(holder.plan().writeUp().otherConditions()).containsExactly("Final revision included",
                "Invoices by email");
        assertThat(model.otherConditionsText()).isEqualTo("Final revision included\nInvoices by email");
        assertThat(holder.plan().writeUp().signOff()).isEqualTo("Warm regards");
        assertThat(holder.plan().writeUp().paperSize()).isEqualTo(dev.offboard.plan.PaperSize.LETTER);
    }

    @Test
    void theClientIsAskedForReceiptUntilAgreementIsChosen() {
        PlanHolder holder = new PlanHolder(SamplePlan.create(TODAY));
        WriteUpStepModel model = model(holder);
        assertThat(holder.plan().writeUp().confirmation()).isEqualTo(dev.offboard.plan.Confirmation.RECEIPT);

        model.setConfirmation(dev.offboard.plan.Confirmation.AGREEMENT);

        assertThat(holder.plan().writeUp().confirmation()).isEqualTo(dev.offboard.plan.Confirmation.AGREEMENT);
        assertThat(model.openProblems()).isEmpty();
    }

    @Test
    void mailtoEncodesSubjectAndBody() {
        WriteUpStepModel model = model(new PlanHolder(SamplePlan.create(TODAY)));

        URI uri = model.mailto(new Email("Our work & next steps", "Hello Priya,\nThank you — truly.\n"));

        assertThat(uri.getScheme()).isEqualTo("mailto");
        assertThat(uri.toString()).startsWith("mailto:priya.shah@northwind.example?subject=Our%20work%20%26%20next%20steps&body=")
                .contains("Hello%20Priya%2C%0D%0AThank%20you%20%E2%80%94%20truly.").doesNotContain("+");
    }

    @Test
    void shortEmailTravelsWholeInTheMailLink() {
        WriteUpStepModel model = model(new PlanHolder(SamplePlan.create(TODAY)));

        WriteUpStepModel.MailLink link = model.mailLink(new Email("Handover", "Hello Priya,\nThank you.\n"), "paste");

        assertThat(link.complete()).isTrue();
        assertThat(link.uri().toString()).contains("Thank%20you").doesNotContain("paste");
    }

    @Test
    void emailTooLongForAMailLinkFallsBackToSubjectAndPlaceholder() {
        WriteUpStepModel model = model(new PlanHolder(SamplePlan.create(TODAY)));
        String body = "A sentence of the email that goes on. ".repeat(100);

        WriteUpStepModel.MailLink link = model.mailLink(new Email("Handover", body), "Paste it here");

        assertThat(model.mailto(new Email("Handover", body)).toString()).hasSizeGreaterThan(WriteUpStepModel.MAILTO_LIMIT);
        assertThat(link.complete()).isFalse();
        assertThat(link.uri().toString()).hasSizeLessThanOrEqualTo(WriteUpStepModel.MAILTO_LIMIT)
                .contains("subject=Handover").contains("Paste%20it%20here").doesNotContain("sentence");
    }

    @Test
    void theLetterDatePaymentDetailsAndRegisteredPostAreKeptWithTheOtherWords() {
        PlanHolder holder = new PlanHolder(SamplePlan.create(TODAY));
        WriteUpStepModel model = model(holder);

        model.setLetterDate(TODAY.plusDays(9));
        model.setPaymentDetails("IBAN on each invoice");
        model.setRegisteredPost(true);
        model.setSignOff("Warm wishes");

        var w = holder.plan().writeUp();
        assertThat(w.letterDate()).isEqualTo(TODAY.plusDays(9));
        assertThat(w.paymentDetails()).isEqualTo("IBAN on each invoice");
        assertThat(w.registeredPost()).isTrue();
        assertThat(w.signOff()).isEqualTo("Warm wishes");
        assertThat(w.otherConditions()).isEqualTo(SamplePlan.create(TODAY).writeUp().otherConditions());
    }

    /** The model with the generated wording of {@code holder}'s plan computed, as the step does off the event thread. */
    private static WriteUpStepModel withWording(PlanHolder holder) {
        WriteUpStepModel model = model(holder);
        computeWording(model, holder);
        return model;
    }

    private static void computeWording(WriteUpStepModel model, PlanHolder holder) {
        dev.offboard.render.Documents documents = DOCUMENTS;
        Plan plan = holder.plan();
        model.wordingComputed(new WriteUpStepModel.WordingState(plan,
                documents.generatedWording(plan, plan.client().language(), TODAY),
                documents.wordingProblems(plan, plan.client().language(), TODAY)));
    }

    private static final dev.offboard.render.Documents DOCUMENTS = new dev.offboard.render.Documents();

    @Test
    void theEditorOffersTheSectionsTheDocumentsHoldWithTheirGeneratedText() {
        PlanHolder holder = new PlanHolder(SamplePlan.create(TODAY));
        WriteUpStepModel model = withWording(holder);

        assertThat(model.editableSections()).containsExactly(Section.EMAIL_BODY, Section.OPENING, Section.NOTICE,
                Section.PAYMENTS, Section.HANDOVER, Section.SUPPORT, Section.THANKS, Section.CLOSING);
        assertThat(model.sectionText(Section.NOTICE)).startsWith("I am giving you").isEqualTo(
                model.generatedText(Section.NOTICE));
        assertThat(model.isEdited(Section.NOTICE)).isFalse();
    }

    @Test
    void typingMakesTheSectionAnEditBasedOnTheGeneratedTextAndTheSameTextUndoesIt() {
        PlanHolder holder = new PlanHolder(SamplePlan.create(TODAY));
        WriteUpStepModel model = withWording(holder);
        String generated = model.generatedText(Section.NOTICE);

        model.setSectionText(Section.NOTICE, "My own notice.");
        model.setSectionText(Section.NOTICE, "My own notice, longer.");

        EditedText edit = holder.plan().writeUp().edit(Section.NOTICE).orElseThrow();
        assertThat(edit.text()).isEqualTo("My own notice, longer.");
        assertThat(edit.basedOn()).isEqualTo(generated);
        assertThat(edit.language()).isEqualTo(Language.EN);
        assertThat(model.isEdited(Section.NOTICE)).isTrue();
        assertThat(model.sectionText(Section.NOTICE)).isEqualTo("My own notice, longer.");

        model.setSectionText(Section.NOTICE, generated + "\n");
        assertThat(holder.plan().writeUp().edits()).isEmpty();
    }

    @Test
    void revertIsOneUndoStepOfItsOwn() {
        PlanHolder holder = new PlanHolder(SamplePlan.create(TODAY));
        WriteUpStepModel model = withWording(holder);
        model.setSectionText(Section.THANKS, "Thanks a lot.");

        model.revert(Section.THANKS);
        assertThat(holder.plan().writeUp().edits()).isEmpty();

        holder.undo();
        assertThat(holder.plan().writeUp().edit(Section.THANKS).orElseThrow().text()).isEqualTo("Thanks a lot.");
    }

    @Test
    void aStaleEditIsWarnedAboutUntilKept() {
        PlanHolder holder = new PlanHolder(SamplePlan.create(TODAY));
        WriteUpStepModel model = withWording(holder);
        model.setSectionText(Section.NOTICE, "My last day is soon.");
        holder.update(p -> p.withNotice(p.notice().withLength(3)));
        computeWording(model, holder);

        assertThat(model.wordingWarning(Section.NOTICE)).hasValueSatisfying(w -> assertThat(w)
                .contains("The plan changed since you edited this section").contains("three weeks'"));
        assertThat(model.wordingWarning(Section.OPENING)).isEmpty();

        model.keepEdit(Section.NOTICE);
        computeWording(model, holder);
        assertThat(model.wordingWarning(Section.NOTICE)).isEmpty();
        assertThat(holder.plan().writeUp().edit(Section.NOTICE).orElseThrow().text()).isEqualTo("My last day is soon.");
    }

    @Test
    void aStaleEditIsAnOpenPointSoTheDocumentsDoNotPassAsReady() {
        PlanHolder holder = new PlanHolder(SamplePlan.create(TODAY));
        WriteUpStepModel model = withWording(holder);
        assertThat(model.openProblems()).as("the sample has no open point").isEmpty();
        model.setSectionText(Section.NOTICE, "My last day is soon.");
        holder.update(p -> p.withNotice(p.notice().withLength(3)));
        computeWording(model, holder);

        assertThat(model.openProblems()).singleElement().satisfies(problem -> {
            assertThat(problem.isError()).isFalse();
            assertThat(problem.field().value()).startsWith("writeUp.edits[");
            assertThat(problem.message()).contains("The plan changed since you edited this section");
        });
        assertThat(model.hasWarnings()).isTrue();
        assertThat(model.sectionProblem(Section.NOTICE)).as("shown once, in the editor's warning").isEmpty();

        model.keepEdit(Section.NOTICE);
        computeWording(model, holder);
        assertThat(model.openProblems()).isEmpty();
    }

    @Test
    void aSecretTypedInASectionIsShownWithIt() {
        PlanHolder holder = new PlanHolder(SamplePlan.create(TODAY));
        WriteUpStepModel model = withWording(holder);

        model.setSectionText(Section.HANDOVER, "The login is password: Hunter2024!");

        assertThat(model.sectionProblem(Section.HANDOVER)).hasValueSatisfying(p -> assertThat(p).contains("password"));
        assertThat(model.sectionProblem(Section.NOTICE)).isEmpty();
        assertThat(dev.offboard.plan.PlanCheck.suspectedSecrets(holder.plan())).isNotEmpty();
    }
}
