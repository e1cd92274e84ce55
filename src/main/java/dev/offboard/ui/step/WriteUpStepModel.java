package dev.offboard.ui.step;

import dev.offboard.plan.EditedText;
import dev.offboard.plan.Language;
import dev.offboard.plan.PaperSize;
import dev.offboard.plan.Plan;
import dev.offboard.plan.Problem;
import dev.offboard.plan.Section;
import dev.offboard.plan.WriteUp;
import dev.offboard.render.Email;
import dev.offboard.render.Wording;
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
import java.util.Map;
import java.util.Optional;

/**
 * Step 6: the written agreement's last words, the freelancer's own wording of the documents'
 * sections, and every open problem in the plan.
 */
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

    public void setConfirmation(dev.offboard.plan.Confirmation value) {
        holder.update(p -> p.withWriteUp(p.writeUp().withConfirmation(value)));
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

    // ---- The freelancer's own wording of the documents' sections ----

    /** The generated text of each section and the warnings about edits, for one plan. */
    public record WordingState(Plan plan, Map<Section, String> generated, List<Problem> problems) {
    }

    private WordingState wording = new WordingState(null, Map.of(), List.of());

    /** Keeps what the documents generate for the plan now, computed off the event thread. */
    public void wordingComputed(WordingState state) {
        wording = state;
    }

    /**
     * The warnings about edits (stale, written for the other language, no longer used) are open
     * points like any other: an edit that contradicts the plan must not pass as ready. They are
     * known once the wording has been computed for the plan as it is now.
     */
    @Override
    protected void addOwnProblems(List<FieldProblem> problems) {
        if (wording.plan() == null || !wording.plan().equals(plan())) {
            return;
        }
        for (Problem problem : wording.problems()) {
            problems.add(new FieldProblem(FieldProblem.pathOf(problem.field()), problem.severity(),
                    problem.message(messages.locale())));
        }
    }

    /** Whether the generated wording is known yet. */
    public boolean wordingKnown() {
        return wording.plan() != null;
    }

    /** The language the documents are written in, which a new edit is written for. */
    private Language documentsLanguage() {
        return plan().client().language();
    }

    /** The sections offered for editing: those the documents hold, and any edited one, in section order. */
    public List<Section> editableSections() {
        List<Section> sections = new ArrayList<>();
        for (Section section : Section.values()) {
            String generated = wording.generated().getOrDefault(section, "");
            if (!generated.isBlank() || writeUp().edit(section).isPresent()) {
                sections.add(section);
            }
        }
        return sections;
    }

    /** The edit of {@code section} the documents use: one made for their language. */
    public Optional<EditedText> edit(Section section) {
        return writeUp().edit(section);
    }

    /** Whether the freelancer worded {@code section}, in any language. */
    public boolean isEdited(Section section) {
        return writeUp().edit(section).isPresent();
    }

    /** The section's generated text now; empty when not known yet or not in the documents. */
    public String generatedText(Section section) {
        return wording.generated().getOrDefault(section, "");
    }

    /** What the editor shows: the freelancer's wording, else the generated text. */
    public String sectionText(Section section) {
        return writeUp().edit(section).map(EditedText::text).orElseGet(() -> generatedText(section));
    }

    /** The warning about {@code section}'s edit (stale, other language, not used), in the window's language. */
    public Optional<String> wordingWarning(Section section) {
        if (wording.plan() == null || writeUp().edit(section).isEmpty()) {
            return Optional.empty();
        }
        // The warnings name edits by their place in the plan they were computed for.
        List<EditedText> edits = wording.plan().writeUp().edits();
        for (Problem problem : wording.problems()) {
            for (int i = 0; i < edits.size(); i++) {
                if (edits.get(i).section() == section && problem.field().equals("writeUp.edits[" + i + "].text")) {
                    return Optional.of(problem.message(messages.locale()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The freelancer typed {@code text} for {@code section}. The first change keeps the
     * generated text it was based on; text equal to the generated one, or blank, is no edit.
     */
    public void setSectionText(Section section, String text) {
        String generated = generatedText(section);
        if (text.isBlank() || Wording.normal(text).equals(Wording.normal(generated))) {
            holder.update(p -> p.withWriteUp(p.writeUp().withoutEdit(section)));
            return;
        }
        Optional<EditedText> earlier = writeUp().edit(section);
        EditedText edit = earlier.map(e -> e.withText(text))
                .orElseGet(() -> new EditedText(section, text, generated, documentsLanguage()));
        holder.update(p -> p.withWriteUp(p.writeUp().withEdit(edit)));
    }

    /** Back to the generated text; undo takes it back on its own. */
    public void revert(Section section) {
        holder.edit(p -> p.withWriteUp(p.writeUp().withoutEdit(section)));
    }

    /**
     * Keeps the freelancer's wording after the plan changed underneath it: the edit is now
     * based on the current generated text, for the current language, and the warning goes.
     */
    public void keepEdit(Section section) {
        String generated = generatedText(section);
        writeUp().edit(section).ifPresent(edit -> holder.edit(p -> p.withWriteUp(p.writeUp()
                .withEdit(edit.withBasedOn(generated).withLanguage(documentsLanguage())))));
    }

    /** The first problem the plan check finds in {@code section}'s edit (tone, a secret, private notes). */
    public Optional<String> sectionProblem(Section section) {
        List<EditedText> edits = writeUp().edits();
        for (int i = 0; i < edits.size(); i++) {
            if (edits.get(i).section() == section) {
                String prefix = "writeUp.edits[" + i + "]";
                // The warning about the edit itself (stale, other language) shows apart, with its buttons.
                Optional<String> warning = wordingWarning(section);
                return problems().stream().filter(p -> p.field().value().startsWith(prefix)).map(FieldProblem::message)
                        .filter(message -> !warning.map(message::equals).orElse(false))
                        .findFirst();
            }
        }
        return Optional.empty();
    }

    @Override
    protected boolean hasRequiredAnswers() {
        return holder.canRender();
    }
}
