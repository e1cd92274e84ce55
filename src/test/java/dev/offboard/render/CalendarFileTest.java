package dev.offboard.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.Language;
import dev.offboard.plan.Plan;
import dev.offboard.plan.PlanFacts;
import dev.offboard.plan.PlanText;
import dev.offboard.plan.SamplePlan;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class CalendarFileTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 4);
    private static final Instant STAMP = Instant.parse("2026-03-04T09:00:00Z");

    private static Calendar parse(byte[] ics) throws Exception {
        return new CalendarBuilder().build(new ByteArrayInputStream(ics));
    }

    private static String text(net.fortuna.ical4j.model.Component event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse("");
    }

    private static LocalDate start(VEvent event) {
        Temporal start = event.getDateTimeStart().getDate();
        return LocalDate.from(start);
    }

    @Test
    void everyDateOfTheSampleBecomesAnAllDayEventWithAReminder() throws Exception {
        Plan plan = SamplePlan.create(TODAY);

        Calendar calendar = parse(CalendarFile.ics(plan, Language.EN, STAMP));
        List<VEvent> events = calendar.getComponents(VEvent.VEVENT);

        LocalDate lastDay = PlanFacts.lastWorkingDay(plan).orElseThrow();
        assertThat(events).extracting(e -> text(e, Property.SUMMARY)).containsExactlyInAnyOrder(
                "Conversation with Northwind Books Ltd",
                "Give notice to Northwind Books Ltd",
                "Due: Autumn catalogue, print-ready files (Northwind Books Ltd)",
                "Due: Web banner set (Northwind Books Ltd)",
                "Due: Style guide update (Northwind Books Ltd)",
                "Payment due: INV-2024-118 (Northwind Books Ltd), €1,450.00",
                "Payment due: INV-2024-124 (Northwind Books Ltd), €2,300.00",
                "Last working day for Northwind Books Ltd");
        assertThat(events).filteredOn(e -> text(e, Property.SUMMARY).startsWith("Last working day"))
                .singleElement().satisfies(e -> assertThat(start(e)).isEqualTo(lastDay));
        assertThat(events).filteredOn(e -> text(e, Property.SUMMARY).startsWith("Conversation"))
                .singleElement().satisfies(e -> assertThat(start(e)).isEqualTo(plan.conversation().date()));
        assertThat(events).allSatisfy(e -> {
            assertThat(e.getProperty(Property.DTSTART).orElseThrow().toString()).contains("VALUE=DATE");
            assertThat(text(e, Property.UID)).endsWith("@offboard");
            assertThat(text(e, Property.DTSTAMP)).isEqualTo("20260304T090000Z");
            List<VAlarm> alarms = e.getAlarms();
            assertThat(alarms).singleElement().satisfies(a -> {
                assertThat(text(a, "TRIGGER")).isEqualTo("-PT15H");
                assertThat(text(a, Property.ACTION)).isEqualTo("DISPLAY");
            });
        });
    }

    @Test
    void paidPaymentsAndDeliveredWorkAreLeftOut() throws Exception {
        Plan plan = SamplePlan.create(TODAY);

        String ics = new String(CalendarFile.ics(plan, Language.EN, STAMP), StandardCharsets.UTF_8);

        assertThat(ics).doesNotContain("INV-2024-107");
    }

    @Test
    void frenchCalendarSpeaksFrench() throws Exception {
        Plan plan = SamplePlan.create(TODAY, Language.FR);

        List<VEvent> events = parse(CalendarFile.ics(plan, Language.FR, STAMP)).getComponents(VEvent.VEVENT);

        assertThat(events).extracting(e -> text(e, Property.SUMMARY))
                .contains("Entretien avec Agence Boréale", "Dernier jour de travail pour Agence Boréale")
                .anySatisfy(s -> assertThat(s).startsWith("Paiement attendu : F-2025-031").containsPattern("3.200,00"));
    }

    @Test
    void identifiersStayTheSameSoAReimportUpdatesEvents() {
        Plan plan = SamplePlan.create(TODAY);

        String first = new String(CalendarFile.ics(plan, Language.EN, STAMP), StandardCharsets.UTF_8);
        String again = new String(CalendarFile.ics(plan, Language.EN, STAMP.plusSeconds(3600)), StandardCharsets.UTF_8);

        assertThat(uids(again)).isEqualTo(uids(first)).doesNotHaveDuplicates().hasSize(8);
    }

    @Test
    void noPrivateTextReachesTheCalendar() throws Exception {
        Plan plan = TestPlans.withPrivateMarkers(SamplePlan.create(TODAY));

        String ics = new String(CalendarFile.ics(plan, Language.EN, STAMP), StandardCharsets.UTF_8).replace("\r\n ", "");

        List<String> markers = PlanText.entries(plan).stream().filter(PlanText.Entry::isPrivate)
                .map(PlanText.Entry::text).filter(t -> !t.isBlank()).toList();
        assertThat(markers).isNotEmpty();
        assertThat(markers).allSatisfy(marker -> assertThat(ics).doesNotContain(marker));
        assertThat(ics).doesNotContain("VIDEO").doesNotContain("video");
    }

    private static List<String> uids(String ics) {
        return ics.lines().filter(l -> l.startsWith("UID:")).toList();
    }
}
