package dev.offboard.plan;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Public holidays, from the Jollyday library's tables, for a set of regions: each an ISO 3166
 * two-letter country code ({@code "GB"}, {@code "FR"}, {@code "US"}) optionally followed by a
 * subdivision ({@code "CA-QC"} for Quebec, {@code "GB-SCT"} for Scotland). A country alone
 * gives its nationwide holidays; with a subdivision, that region's too. Codes Jollyday does
 * not know, and blank ones, give no holidays.
 */
public final class PublicHolidays {

    /** One table per country, read once (the tables are XML files in the library's jar). */
    private static final Map<String, Optional<HolidayManager>> MANAGERS = new ConcurrentHashMap<>();
    private static final Map<String, Set<Holiday>> YEARS = new ConcurrentHashMap<>();
    /**
     * Jollyday sets itself up (its data source, its XML reader) on first use without guarding
     * against two threads: a render that loaded one country's table in the background while
     * the plan check asked for another's failed now and then. Its calls go one at a time.
     */
    private static final Object LIBRARY = new Object();

    private PublicHolidays() {
    }

    /** The holiday on a date, named in the language of the message it appears in. */
    public record Name(LocalDate date, List<String> regions) {
        public Name {
            regions = List.copyOf(regions);
        }

        public String in(Locale locale) {
            return name(date, regions, locale).orElse("");
        }
    }

    /**
     * Loads the library and its XML reader (JAXB), with one country's table, ahead of the first
     * question: most of the first answer's cost, about a second of processor time. For a
     * background thread; a later question for the same country waits for it rather than
     * loading twice.
     */
    public static void prepare() {
        MANAGERS.computeIfAbsent("gb", PublicHolidays::manager);
    }

    /** Whether {@code date} is a public holiday in any of {@code regions}. */
    public static boolean isHoliday(LocalDate date, Collection<String> regions) {
        return !regions.isEmpty() && name(date, regions, Locale.ENGLISH).isPresent();
    }

    /**
     * The name of the public holiday on {@code date} in the first of {@code regions} that has
     * one, in {@code locale}'s language where the tables have it ("Christmas", "Noël"), with the
     * region's code: {@code "Boxing Day (GB)"}.
     */
    public static Optional<String> name(LocalDate date, Collection<String> regions, Locale locale) {
        for (String region : regions) {
            String[] parts = parse(region);
            if (parts == null) {
                continue;
            }
            Optional<HolidayManager> manager = MANAGERS.computeIfAbsent(parts[0], PublicHolidays::manager);
            if (manager.isEmpty()) {
                continue;
            }
            String key = region.toUpperCase(Locale.ROOT) + "/" + date.getYear();
            Set<Holiday> holidays = YEARS.computeIfAbsent(key, k -> {
                synchronized (LIBRARY) {
                    return parts.length > 1 ? manager.get().getHolidays(Year.of(date.getYear()), parts[1])
                            : manager.get().getHolidays(Year.of(date.getYear()));
                }
            });
            for (Holiday holiday : holidays) {
                // Days off for everyone (public and bank holidays), not observances such as Mother's Day.
                if (holiday.getType() == HolidayType.OBSERVANCE) {
                    continue;
                }
                LocalDate observed = holiday.getObservedDate().orElse(holiday.getDate());
                if (observed.equals(date) || holiday.getDate().equals(date) && holiday.getObservedDate().isEmpty()) {
                    return Optional.of(holiday.getDescription(locale) + " (" + region.toUpperCase(Locale.ROOT) + ")");
                }
            }
        }
        return Optional.empty();
    }

    /** {"gb"} or {"ca", "qc"}; null for a blank or malformed code. */
    private static String[] parse(String region) {
        if (region == null) {
            return null;
        }
        String code = region.strip().toLowerCase(Locale.ROOT);
        if (!code.matches("[a-z]{2}(-[a-z0-9]{1,3})?")) {
            return null;
        }
        return code.split("-");
    }

    private static Optional<HolidayManager> manager(String country) {
        synchronized (LIBRARY) {
            if (!HolidayManager.getSupportedCalendarCodes().contains(country.toUpperCase(Locale.ROOT))) {
                return Optional.empty();
            }
            return Optional.of(HolidayManager.getInstance(ManagerParameters.create(country)));
        }
    }
}
