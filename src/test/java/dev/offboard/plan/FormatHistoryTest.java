package dev.offboard.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every format this app ever wrote still loads: one fixture file per past and current version. */
class FormatHistoryTest {

    private static Path formats() throws URISyntaxException {
        return Path.of(FormatHistoryTest.class.getResource("formats").toURI());
    }

    @Test
    void thereIsAFixtureForEveryReadableVersion() throws Exception {
        try (Stream<Path> files = Files.list(formats())) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            for (int version = Migrations.oldestReadable(); version <= PlanFile.FORMAT_VERSION; version++) {
                assertThat(names).contains("plan-v" + version + ".json");
            }
        }
    }

    /**
     * Each fixture is the sample plan as that version wrote it. Fields added since read as
     * empty (or as the migration fills them), so the comparison leaves them out.
     */
    @Test
    void everyFixtureLoadsToTheSamplePlan() throws Exception {
        Plan sample = SamplePlan.create(LocalDate.of(2026, 3, 4));
        assertThat(PlanFile.read(formats().resolve("plan-v3.json"))).as("plan-v3.json").isEqualTo(asVersion3(sample));
        assertThat(PlanFile.read(formats().resolve("plan-v2.json"))).as("plan-v2.json").isEqualTo(sample);
        assertThat(PlanFile.read(formats().resolve("plan-v1.json"))).as("plan-v1.json").isEqualTo(asVersion1(sample));
    }

    /** The fixture of format 3: the sample with the notice in the freelancer's own words. */
    private static Plan asVersion3(Plan sample) {
        return sample.withWriteUp(sample.writeUp().withEdit(new EditedText(Section.NOTICE,
                "As we agreed on the phone, my last working day will be 24 March 2026.\n\nUntil then, the catalogue "
                        + "comes first.", "I am giving you two weeks' notice from 10\u00A0March\u00A02026, so my last working day "
                        + "will be 24\u00A0March\u00A02026. This notice follows clause 9.2 of our agreement (“Design services "
                        + "agreement, March 2023”). Until then, I will keep working on the projects in progress with the "
                        + "same care as always. The notice covers only work requested up to 10\u00A0March\u00A02026.", Language.EN)));
    }

    @Test
    void aFormat2PlanOpensWithEverySectionGeneratedAndSavesAsFormat3(@TempDir Path dir) throws Exception {
        Plan plan = PlanFile.read(formats().resolve("plan-v2.json"));
        assertThat(plan.writeUp().edits()).isEmpty();

        Path saved = dir.resolve("plan.json");
        PlanFile.write(saved, plan.withWriteUp(plan.writeUp().withEdit(new EditedText(Section.OPENING, "Hello.",
                "Following our recent conversation.", Language.EN))));
        String json = Files.readString(saved);
        assertThat(json).startsWith("{\n  \"formatVersion\" : 3,").contains("\"edits\" : [ {", "\"section\" : \"OPENING\"",
                "\"basedOn\" : \"Following our recent conversation.\"");
        assertThat(PlanFile.read(saved).writeUp().edit(Section.OPENING).orElseThrow().text()).isEqualTo("Hello.");
        assertThat(Files.readString(formats().resolve("plan-v2.json"))).contains("\"formatVersion\" : 2");
    }

    /** The sample as format 1 held it, read by this version: no fields of format 2 but the greeting name. */
    private static Plan asVersion1(Plan sample) {
        Freelancer f = sample.freelancer();
        Notice n = sample.notice();
        WriteUp w = sample.writeUp();
        return sample
                .withFreelancer(new Freelancer(f.name(), f.businessName(), f.email(), f.phone(),
                        "Camille Martin, brand and web designer"))
                .withClient(sample.client().withTitle(Client.Title.NONE).withGreetingName("Priya"))
                .withNotice(new Notice(n.givenOn(), n.kind(), n.length(), n.unit(), n.counting(), n.milestoneName(),
                        n.milestoneDate()))
                .withOptions(sample.options().withSupportUntil(null))
                .withWriteUp(new WriteUp(w.otherConditions(), w.emailSubject(), w.closing(), w.signOff(), w.paperSize()));
    }

    @Test
    void aFormat1PlanGreetsItsContactByFirstName() throws Exception {
        Plan plan = PlanFile.read(formats().resolve("plan-v1.json"));
        assertThat(plan.client().greetingName()).isEqualTo("Priya");
        assertThat(plan.client().formality()).isEqualTo(Client.Formality.INFORMAL);
        assertThat(plan.writeUp().registeredPost()).isFalse();
        assertThat(plan.writeUp().letterDate()).isNull();
    }

    @Test
    void aPlanWrittenBeforeTheConfirmationChoiceAsksForReceiptAndTheChoiceSurvivesASave(
            @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        assertThat(Files.readString(formats().resolve("plan-v2.json"))).doesNotContain("confirmation");
        assertThat(PlanFile.read(formats().resolve("plan-v2.json")).writeUp().confirmation())
                .isEqualTo(Confirmation.RECEIPT);

        Plan sample = SamplePlan.create(LocalDate.of(2026, 3, 4));
        Plan agreeing = sample.withWriteUp(sample.writeUp().withConfirmation(Confirmation.AGREEMENT));
        Path file = dir.resolve("plan.json");
        PlanFile.write(file, agreeing);

        assertThat(Files.readString(file)).contains("\"confirmation\" : \"AGREEMENT\"");
        assertThat(PlanFile.read(file)).isEqualTo(agreeing);
    }
}
