package dev.offboard.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.Language;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatsTest {

    @ParameterizedTest
    @CsvSource({
        "EN, 2026-03-13, 13 March 2026",
        "EN, 2026-03-01, 1 March 2026",
        "FR, 2026-03-13, 13 mars 2026",
        "FR, 2026-03-01, 1er mars 2026",
        "FR, 2026-08-20, 20 août 2026"
    })
    void datesAreWrittenInWordsForTheLanguage(Language language, LocalDate date, String expected) {
        assertThat(new Formats(language).date(date)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "EN | 1450.00 | EUR | €1,450.00",
        "EN | 1450 | EUR | €1,450.00",
        "EN | 99.5 | GBP | £99.50",
        "EN | 1200 | JPY | JP¥1,200",
        "FR | 1450.00 | EUR | 1\u202F450,00\u00A0€",
        "FR | 0.5 | EUR | 0,50\u00A0€"
    })
    void amountsFollowTheLanguageAndTheCurrency(Language language, BigDecimal amount, String currency,
            String expected) {
        assertThat(new Formats(language).money(amount, Currency.getInstance(currency))).isEqualTo(expected);
    }

    @Test
    void missingDateOrAmountIsEmpty() {
        Formats formats = new Formats(Language.EN);

        assertThat(formats.date(null)).isEmpty();
        assertThat(formats.money(null, Currency.getInstance("EUR"))).isEmpty();
        assertThat(formats.money(BigDecimal.ONE, null)).isEmpty();
    }

    @Test
    void xmlTextEscapesMarkupDropsForbiddenControlsAndWidensTheNarrowSpace() {
        assertThat(XmlText.escape("<a href=\"x\">&'</a>\u0001\u202F€"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;\u00A0€");
        assertThat(XmlText.escape("emoji \uD83D\uDE42 kept")).isEqualTo("emoji \uD83D\uDE42 kept");
    }
}
