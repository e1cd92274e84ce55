package dev.offboard.ui.step;

import dev.offboard.plan.Assessment;
import dev.offboard.plan.Client;
import dev.offboard.plan.Decision;
import dev.offboard.plan.Freelancer;
import dev.offboard.plan.Language;
import dev.offboard.plan.WarningSign;
import dev.offboard.render.ClientView;
import dev.offboard.ui.core.FieldProblem;
import dev.offboard.ui.core.Formats;
import dev.offboard.ui.core.Messages;
import dev.offboard.ui.core.PlanHolder;
import dev.offboard.ui.core.Step;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** Step 1: you and your client, then the private assessment and its recommendation. */
public final class AssessStepModel extends StepModel {

    /** Thoughts younger than this are worth sleeping on. */
    static final int FRESH_IDEA_DAYS = 14;
    /** A client bringing this share of revenue or more is worth a rate talk first. */
    static final BigDecimal HIGH_SHARE_PERCENT = new BigDecimal("25");
    /** This many signs, or more, make a strong case. */
    static final int STRONG_CASE_SIGNS = 3;

    private final Supplier<LocalDate> today;
    private String revenueShareError = "";

    public AssessStepModel(PlanHolder holder, Messages messages, Supplier<LocalDate> today) {
        super(Step.ASSESS, holder, messages);
        this.today = today;
    }

    public Freelancer freelancer() {
        return plan().freelancer();
    }

    public Client client() {
        return plan().client();
    }

    public Assessment assessment() {
        return plan().assessment();
    }

    public void setFreelancerName(String value) {
        holder.update(p -> p.withFreelancer(p.freelancer().withName(value)));
    }

    public void setBusinessName(String value) {
        holder.update(p -> p.withFreelancer(p.freelancer().withBusinessName(value)));
    }

    public void setFreelancerEmail(String value) {
        holder.update(p -> p.withFreelancer(p.freelancer().withEmail(value)));
    }

    public void setPhone(String value) {
        holder.update(p -> p.withFreelancer(p.freelancer().withPhone(value)));
    }

    public void setSignature(String value) {
        holder.update(p -> p.withFreelancer(p.freelancer().withSignature(value)));
    }

    public void setFreelancerAddress(String value) {
        holder.update(p -> p.withFreelancer(p.freelancer().withPostalAddress(value)));
    }

    public void setCity(String value) {
        holder.update(p -> p.withFreelancer(p.freelancer().withCity(value)));
    }

    public void setCompany(String value) {
        holder.update(p -> p.withClient(p.client().withCompany(value)));
    }

    public void setContactName(String value) {
        holder.update(p -> p.withClient(p.client().withContactName(value)));
    }

    public void setClientEmail(String value) {
        holder.update(p -> p.withClient(p.client().withEmail(value)));
    }

    public void setPostalAddress(String value) {
        holder.update(p -> p.withClient(p.client().withPostalAddress(value)));
    }

    public void setClientLanguage(Language value) {
        holder.update(p -> p.withClient(p.client().withLanguage(value)));
    }

    public void setGreetingName(String value) {
        holder.update(p -> p.withClient(p.client().withGreetingName(value)));
    }

    public void setFormality(Client.Formality value) {
        holder.update(p -> p.withClient(p.client().withFormality(value)));
    }

    public void setTitle(Client.Title value) {
        holder.update(p -> p.withClient(p.client().withTitle(value)));
    }

    public void setClientCountry(String code) {
        holder.update(p -> p.withClient(p.client().withCountry(code)));
    }

    public void setFreelancerCountry(String code) {
        holder.update(p -> p.withFreelancer(p.freelancer().withCountry(code)));
    }

    /** The name the greeting takes when none is typed: the contact's first name, or surname when formal. */
    public String greetingNamePlaceholder() {
        return client().withGreetingName("").nameToGreet();
    }

    /** How the letter will greet the client, as it will print it: "Dear Priya," / "Madame,". */
    public String greetingPreview() {
        return ClientView.forLetter(plan(), client().language(), LocalDate.of(2000, 1, 1)).salutation();
    }

    public void setRelationshipStart(LocalDate value) {
        holder.update(p -> p.withClient(p.client().withRelationshipStart(value)));
    }

    /** The revenue share as typed; text that is not a number is kept out of the plan and flagged. */
    public void setRevenueShareText(String text) {
        String trimmed = text.strip().replace("%", "").strip();
        BigDecimal share;
        if (trimmed.isEmpty()) {
            share = null;
            revenueShareError = "";
        } else {
            try {
                share = Formats.parseDecimal(trimmed, messages.locale());
                revenueShareError = "";
            } catch (IllegalArgumentException e) {
                revenueShareError = messages.text("assess.revenueShare.invalid");
                holder.update(p -> p);
                return;
            }
        }
        holder.update(p -> p.withClient(p.client().withRevenueSharePercent(share)));
    }

    public String revenueShareText() {
        BigDecimal share = client().revenueSharePercent();
        return share == null ? "" : Formats.formatDecimal(share, messages.locale());
    }

    public boolean hasSign(WarningSign sign) {
        return assessment().signs().contains(sign);
    }

    public void setSign(WarningSign sign, boolean checked) {
        Set<WarningSign> signs = assessment().signs().isEmpty() ? EnumSet.noneOf(WarningSign.class)
                : EnumSet.copyOf(assessment().signs());
        if (checked) {
            signs.add(sign);
        } else {
            signs.remove(sign);
        }
        holder.update(p -> p.withAssessment(p.assessment().withSigns(signs)));
    }

    public String ownSignsText() {
        return String.join("\n", assessment().ownSigns());
    }

    /** Own signs, one per line; blank lines are dropped. */
    public void setOwnSignsText(String text) {
        holder.update(p -> p.withAssessment(p.assessment().withOwnSigns(Formats.lines(text))));
    }

    public void setNotes(String value) {
        holder.update(p -> p.withAssessment(p.assessment().withNotes(value)));
    }

    public void setWorkImpact(String value) {
        holder.update(p -> p.withAssessment(p.assessment().withWorkImpact(value)));
    }

    public void setRevenueImpact(String value) {
        holder.update(p -> p.withAssessment(p.assessment().withRevenueImpact(value)));
    }

    public void setFirstConsidered(LocalDate value) {
        holder.update(p -> p.withAssessment(p.assessment().withFirstConsidered(value)));
    }

    public void setDecision(Decision value) {
        holder.update(p -> p.withAssessment(p.assessment().withDecision(value)));
    }

    /** What the answers suggest today. */
    public Recommendation recommendation() {
        return recommend(assessment(), client().revenueSharePercent(), today.get());
    }

    /** The recommendation, explained in a sentence of the UI language. */
    public String recommendationText() {
        return messages.text("assess.recommendation." + recommendation().name());
    }

    static Recommendation recommend(Assessment assessment, BigDecimal revenueShare, LocalDate today) {
        Set<WarningSign> signs = assessment.signs();
        int count = signs.size() + assessment.ownSigns().size();
        LocalDate first = assessment.firstConsidered();
        if (first != null && ChronoUnit.DAYS.between(first, today) < FRESH_IDEA_DAYS) {
            return Recommendation.SLEEP_ON_IT;
        }
        if (signs.contains(WarningSign.IGNORES_CONTRACT) || count >= STRONG_CASE_SIGNS) {
            return Recommendation.PART_WAYS;
        }
        if (signs.contains(WarningSign.PUSHES_RATE_DOWN) && revenueShare != null
                && revenueShare.compareTo(HIGH_SHARE_PERCENT) >= 0) {
            return Recommendation.RENEGOTIATE_FIRST;
        }
        if (count == 0) {
            return Recommendation.NO_SIGNS_YET;
        }
        if (count == 1 && signs.equals(Set.of(WarningSign.NEGATIVE_EXCHANGES))) {
            return Recommendation.SLEEP_ON_IT;
        }
        return Recommendation.GREY_AREA;
    }

    @Override
    protected void addOwnProblems(List<FieldProblem> problems) {
        if (!revenueShareError.isEmpty()) {
            problems.add(FieldProblem.error("client.revenueSharePercent", revenueShareError));
        }
        if (assessment().decision() == Decision.UNDECIDED) {
            problems.add(FieldProblem.warning("assessment.decision", messages.text("assess.decision.missing")));
        }
    }

    @Override
    protected boolean hasRequiredAnswers() {
        return !freelancer().name().isBlank()
                && !(client().company().isBlank() && client().contactName().isBlank())
                && assessment().decision() != Decision.UNDECIDED;
    }
}
