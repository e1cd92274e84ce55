package dev.offboard.ui.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessagesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/dev/offboard/ui/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void frenchHasEveryEnglishKeyAndNoOther() throws IOException {
        assertThat(load("messages_fr.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_fr.properties"})
    void everyPatternFormatsWithoutLosingText(String bundle) throws IOException {
        Properties properties = load(bundle);
        for (String key : properties.stringPropertyNames()) {
            String pattern = properties.getProperty(key);
            assertThat(pattern).as(key).isNotBlank().doesNotContain("'");
            String formatted = new MessageFormat(pattern, Locale.ROOT).format(new Object[] {1, 2, 3});
            assertThat(formatted).as(key).doesNotContain("{");
        }
    }

    @Test
    void switchingLanguageChangesTheWords() {
        Messages english = new Messages(Locale.ENGLISH);
        Messages french = new Messages(Locale.FRENCH);

        assertThat(english.text("nav.next")).isEqualTo("&Next");
        assertThat(french.text("nav.next")).isEqualTo("&Suivant");
        assertThat(french.text("nav.fixFirst", 2)).startsWith("2 points sont à corriger avant de continuer");
        assertThat(english.text("nav.fixFirst", 1)).startsWith("One detail needs fixing before you move on: it is");
        assertThat(english.text("nav.fixFirst", 3)).startsWith("3 details need fixing before you move on: they are");
        assertThat(english.text("writeUp.problems.count", 1, 3)).startsWith("1 to fix, 3 warnings");
        assertThat(french.label("decision", dev.offboard.plan.Decision.PART_WAYS)).isEqualTo("Se séparer");
    }

    @Test
    void aMissingKeyIsVisibleRatherThanFatal() {
        assertThat(new Messages(Locale.ENGLISH).text("no.such.key")).isEqualTo("!no.such.key!");
    }

    @Test
    void anUnsupportedLocaleFallsBackToEnglish() {
        assertThat(new Messages(Locale.GERMAN).text("nav.back")).isEqualTo("&Back");
    }
}
