package dev.offboard.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.offboard.plan.Client;
import dev.offboard.plan.Conversation;
import dev.offboard.plan.Deliverable;
import dev.offboard.plan.Freelancer;
import dev.offboard.plan.Language;
import dev.offboard.plan.Plan;
import dev.offboard.plan.PlanFile;
import dev.offboard.plan.PlanFileException;
import dev.offboard.plan.Referral;
import dev.offboard.plan.SamplePlan;
import dev.offboard.plan.Thanks;
import dev.offboard.plan.WriteUp;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Whatever a freelancer types, and whatever a plan file that loads holds, the documents are
 * made: the renderer never throws for a plan that loaded. The committed inputs replay in
 * every test run; see docs/reliability.md for fuzzing longer.
 */
class DocumentsFuzzTest {

    private static final Documents DOCUMENTS = new Documents();
    private static final LocalDate DATE = LocalDate.of(2026, 3, 4);

    @FuzzTest(maxDuration = "5m")
    void anyTypedTextMakesEveryDocument(FuzzedDataProvider data) throws RenderException {
        Plan sample = SamplePlan.create(DATE);
        Plan plan = sample
                .withFreelancer(new Freelancer(data.consumeString(80), data.consumeString(80), data.consumeString(80),
                        data.consumeString(40), data.consumeString(80), data.consumeString(200), data.consumeString(40)))
                .withClient(new Client(data.consumeString(80), data.consumeString(80), data.consumeString(80),
                        data.consumeString(200), data.consumeBoolean() ? Language.EN : Language.FR,
                        data.consumeString(3), null, null))
                .withConversation(new Conversation(null, null, "", "", "", "", data.consumeString(400)))
                .withDeliverables(List.of(new Deliverable(data.consumeString(120), data.consumeString(300),
                        DATE.plusDays(data.consumeInt(-400, 400)), null)))
                .withThanks(new Thanks(data.consumeString(400), data.consumeString(200), data.consumeBoolean()))
                .withWriteUp(new WriteUp(List.of(data.consumeString(200)), data.consumeString(120),
                        data.consumeString(120), data.consumeString(40)))
                .withOptions(new dev.offboard.plan.Options(List.of(new Referral(data.consumeString(60),
                        data.consumeString(60), data.consumeRemainingAsString())), true, List.of(), List.of(),
                        List.of(), true, true));
        makeEverything(plan);
    }

    @FuzzTest(maxDuration = "5m")
    void anyPlanThatLoadsMakesEveryDocument(byte[] bytes) throws RenderException {
        Plan plan;
        try {
            plan = PlanFile.parse(Path.of("fuzzed.json"), bytes);
        } catch (PlanFileException e) {
            return;
        }
        makeEverything(plan);
    }

    private static void makeEverything(Plan plan) throws RenderException {
        for (Language language : Language.values()) {
            Email email = DOCUMENTS.email(plan, language);
            assertThat(email.subject()).doesNotContain("\n");
            byte[] letter = DOCUMENTS.letterPdf(plan, language, DATE);
            assertThat(letter).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            CalendarFile.ics(plan, language, Instant.EPOCH);
            EmailDraft.eml(plan, email, letter, "letter.pdf", ZonedDateTime.of(2026, 3, 4, 9, 0, 0, 0, ZoneOffset.UTC));
        }
    }
}
