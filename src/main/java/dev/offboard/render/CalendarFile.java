package dev.offboard.render;

import dev.offboard.plan.Deliverable;
import dev.offboard.plan.Language;
import dev.offboard.plan.Payment;
import dev.offboard.plan.Plan;
import dev.offboard.plan.PlanFacts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * The plan's dates as an iCalendar file for the freelancer's calendar: the conversation,
 * the day notice is given, each deliverable and payment due, and the last working day,
 * each an all-day event with a reminder the day before at 9:00.
 *
 * <p>Only dates and client-facing names go in: no private text (the conversation's channel,
 * script or notes never appear). Event identifiers are stable, so importing the file again
 * updates the events instead of doubling them.
 */
public final class CalendarFile {

    /** The reminder fires 15 hours before an all-day event starts: 9:00 the day before. */
    static final Duration REMINDER = Duration.ofHours(-15);

    /** One dated entry, before it becomes iCalendar. */
    public record Entry(String key, LocalDate date, String summary, String description) {
    }

    private CalendarFile() {
    }

    /** The entries, in date order, each with a stable key. */
    public static List<Entry> entries(Plan plan, Language language) {
        ResourceBundle words = ResourceBundle.getBundle("dev.offboard.render.calendar", language.locale());
        String client = plan.client().company().isBlank() ? plan.client().contactName() : plan.client().company();
        List<Entry> entries = new ArrayList<>();
        if (plan.conversation().date() != null) {
            entries.add(new Entry("conversation", plan.conversation().date(),
                    format(words, "conversation", language, client), ""));
        }
        if (plan.notice().givenOn() != null) {
            entries.add(new Entry("notice", plan.notice().givenOn(), format(words, "notice", language, client), ""));
        }
        for (int i = 0; i < plan.deliverables().size(); i++) {
            Deliverable deliverable = plan.deliverables().get(i);
            if (deliverable.dueDate() != null && deliverable.status() != Deliverable.Status.DELIVERED) {
                entries.add(new Entry("deliverable-" + i, deliverable.dueDate(),
                        format(words, "deliverable", language, deliverable.name(), client), deliverable.description()));
            }
        }
        for (int i = 0; i < plan.payments().size(); i++) {
            Payment payment = plan.payments().get(i);
            if (payment.dueDate() != null && payment.isOutstanding()) {
                String amount = new Formats(language).money(payment.amount(), payment.currency());
                entries.add(new Entry("payment-" + i, payment.dueDate(),
                        format(words, "payment", language, payment.invoiceRef(), client, amount).strip(), ""));
            }
        }
        PlanFacts.lastWorkingDay(plan).ifPresent(day -> entries.add(
                new Entry("last-day", day, format(words, "lastDay", language, client), "")));
        entries.sort(java.util.Comparator.comparing(Entry::date));
        return entries;
    }

    /** The iCalendar file; {@code stamp} is when it was made (DTSTAMP). */
    public static byte[] ics(Plan plan, Language language, Instant stamp) {
        Calendar calendar = new Calendar()
                .add(new ProdId("-//Offboard//Offboard " + version() + "//" + language.code().toUpperCase(Locale.ROOT)))
                .add(ImmutableVersion.VERSION_2_0)
                .add(new CalScale(CalScale.VALUE_GREGORIAN));
        String planId = planId(plan);
        for (Entry entry : entries(plan, language)) {
            VEvent event = new VEvent(entry.date(), entry.summary());
            event.replace(new DtStamp(stamp));
            event.add(new Uid(planId + "-" + entry.key() + "@offboard"));
            if (!entry.description().isBlank()) {
                event.add(new Description(entry.description()));
            }
            VAlarm alarm = new VAlarm(REMINDER);
            alarm.add(new Action(Action.VALUE_DISPLAY));
            alarm.add(new Description(entry.summary()));
            event.add(alarm);
            calendar.add(event);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    /** Stable for one relationship, so re-imports replace events: the parties and the notice date. */
    private static String planId(Plan plan) {
        String seed = plan.freelancer().name() + "|" + plan.client().company() + "|" + plan.client().contactName()
                + "|" + plan.notice().givenOn();
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String format(ResourceBundle words, String key, Language language, Object... args) {
        return new MessageFormat(words.getString(key), language.locale()).format(args);
    }

    private static String version() {
        String version = CalendarFile.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
