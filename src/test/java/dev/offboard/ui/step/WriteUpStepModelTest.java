package dev.offboard.ui.step;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.Plan;
import dev.offboard.plan.SamplePlan;
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
        assertThat(problems).extracting(FieldProblem::field)
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
}
