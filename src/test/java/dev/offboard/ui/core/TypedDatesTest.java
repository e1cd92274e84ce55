package dev.offboard.ui.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates as people type them, read by {@link Formats#parseDate} (tables and date fields alike). */
class TypedDatesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 4);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en-GB | 2026-12-04", "en-GB | 4 Dec 2026", "en-GB | 4 december 2026", "en-GB | 04/12/2026",
        "en-GB | 4/12/2026", "en-GB | 4.12.2026", "en-GB | Friday, 4 December 2026", "en-GB | DEC 4, 2026",
        "en-US | Dec 4, 2026", "en-US | December 4, 2026", "en-US | 12/4/2026",
        "en    | Dec 4, 2026", "en    | 4 Dec 2026",
        "fr-FR | 4 déc. 2026", "fr-FR | 4 décembre 2026", "fr-FR | 4/12/2026", "fr-FR | 04/12/2026",
        "fr-FR | vendredi 4 décembre 2026", "fr-CA | 2026-12-04", "fr-CA | 4 décembre 2026",
        "fr    | 4 décembre 2026"})
    void readsTheFormsPeopleType(String locale, String typed) {
        assertThat(Formats.parseDate(typed, Locale.forLanguageTag(locale))).isEqualTo(DAY);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en-GB | hello", "en-GB | 32/12/2026", "en-GB | 4 Dec", "fr-FR | demain",
        // Numbers alone, in a language with no region, could be read the wrong way round.
        "en    | 4/12/2026", "fr    | 4/12/2026", "en    | 12/4/26",
        // Two-digit years: on the way to "12/4/2026", "12/4/20" must not be taken for 2020.
        "en-US | 12/4/20", "en-GB | 4/12/20"})
    void refusesWhatIsNotClearlyADate(String locale, String typed) {
        assertThatThrownBy(() -> Formats.parseDate(typed, Locale.forLanguageTag(locale)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
