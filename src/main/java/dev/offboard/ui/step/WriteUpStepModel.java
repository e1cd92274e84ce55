package dev.offboard.ui.step;

import dev.offboard.plan.PaperSize;
import dev.offboard.plan.WriteUp;
import dev.offboard.render.Email;
import dev.offboard.ui.core.FieldProblem;
import dev.offboard.ui.core.Formats;
import dev.offboard.ui.core.Messages;
import dev.offboard.ui.core.PlanHolder;
import dev.offboard.ui.core.Step;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Step 6: the written agreement's last words, and every open problem in the plan. */
public final class WriteUpStepModel extends StepModel {

    private final List<StepModel> others;

    /** @param others the five other steps' models, whose problems this step lists */
    public WriteUpStepModel(PlanHolder holder, Messages messages, List<StepModel> others) {
        super(Step.WRITE_UP, holder, messages);
        this.others = List.copyOf(others);
    }

    public WriteUp writeUp() {
        return plan().writeUp();
    }

    public String otherConditionsText() {
        return String.join("\n", writeUp().otherConditions());
    }

    public void setOtherConditionsText(String text) {
        holder.update(p -> p.withWriteUp(p.writeUp().withOtherConditions(Formats.lines(text))));
    }

    public void setEmailSubject(String value) {
        holder.update(p -> p.withWriteUp(p.writeUp().withEmailSubject(value)));
    }

    public void setClosing(String value) {
        holder.update(p -> p.withWriteUp(p.writeUp().withClosing(value)));
    }

    public void setSignOff(String value) {
        holder.update(p -> p.withWriteUp(p.writeUp().withSignOff(value)));
    }

    public void setLetterDate(java.time.LocalDate value) {
        holder.update(p -> p.withWriteUp(p.writeUp().withLetterDate(value)));
    }

    public void setPaymentDetails(String value) {
        holder.update(p -> p.withWriteUp(p.writeUp().withPaymentDetails(value)));
    }

    public void setRegisteredPost(boolean value) {
        holder.update(p -> p.withWriteUp(p.writeUp().withRegisteredPost(value)));
    }

    public void setPaperSize(PaperSize value) {
        holder.update(p -> p.withWriteUp(p.writeUp().withPaperSize(value)));
    }

    /** Every open problem in the plan, step by step, errors first within each step. */
    public List<FieldProblem> openProblems() {
        List<FieldProblem> all = new ArrayList<>();
        for (StepModel model : others) {
            List<FieldProblem> problems = model.problems();
            problems.stream().filter(FieldProblem::isError).forEach(all::add);
            problems.stream().filter(p -> !p.isError()).forEach(all::add);
        }
        all.addAll(problems());
        return all;
    }

    /** Whether the documents can be made: no error anywhere. */
    public boolean canRender() {
        return holder.canRender() && openProblems().stream().noneMatch(FieldProblem::isError);
    }

    /**
     * The longest {@code mailto:} link sent to a mail app. Some (Outlook on Windows among
     * them) drop or cut links past about 2,000 characters.
     */
    public static final int MAILTO_LIMIT = 2_000;

    /**
     * A mail link and whether it carries the whole email.
     *
     * @param complete false when the body was too long and {@code placeholder} stands in for it
     */
    public record MailLink(URI uri, boolean complete) {
    }

    /**
     * The link to hand to the mail app: the whole email when it fits within
     * {@link #MAILTO_LIMIT}, else the subject with {@code placeholder} as the body.
     */
    public MailLink mailLink(Email email, String placeholder) {
        URI full = mailto(email);
        if (full.toString().length() <= MAILTO_LIMIT) {
            return new MailLink(full, true);
        }
        return new MailLink(mailto(new Email(email.subject(), placeholder)), false);
    }

    /** A {@code mailto:} link to the client with the email's subject and body, encoded. */
    public URI mailto(Email email) {
        String to = URLEncoder.encode(plan().client().email().strip(), StandardCharsets.UTF_8).replace("%40", "@");
        return URI.create("mailto:" + to + "?subject=" + encode(email.subject()) + "&body=" + encode(email.body()));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text.replace("\r\n", "\n").replace("\n", "\r\n"), StandardCharsets.UTF_8)
                .replace("+", "%20");
    }

    @Override
    protected boolean hasRequiredAnswers() {
        return holder.canRender();
    }
}
