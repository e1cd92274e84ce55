package dev.offboard.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openhtmltopdf.util.Diagnostic;
import dev.offboard.plan.Language;
import java.lang.reflect.Constructor;
import java.util.logging.Level;
import com.openhtmltopdf.util.LogMessageId;
import org.junit.jupiter.api.Test;

/** Without its font the letter is not made, rather than made with unembedded fallback text. */
class FontFailureTest {

    @Test
    void letterWithoutAnyBundledFontFailsWithARenderException() {
        Documents documents = new Documents(FontSet.none(), (uri, type) -> { });

        assertThatThrownBy(() -> documents.letterPdf(TestPlans.sample(), Language.EN, TestPlans.TODAY))
                .isInstanceOf(RenderException.class)
                .hasMessageContaining("font");
    }

    @Test
    void emptyFontListDiagnosticCountsAsAFontProblem() throws Exception {
        assertThat(LetterPdf.isFontProblem(diagnostic(Level.WARNING,
                LogMessageId.LogMessageId0Param.RENDER_FONT_LIST_IS_EMPTY))).isTrue();
        assertThat(LetterPdf.isFontProblem(diagnostic(Level.SEVERE,
                LogMessageId.LogMessageId0Param.EXCEPTION_COULD_NOT_LOAD_FONT_METRICS))).isTrue();
        assertThat(LetterPdf.isFontProblem(diagnostic(Level.WARNING,
                LogMessageId.LogMessageId0Param.EXCEPTION_COULD_NOT_LOAD_FONT_METRICS))).isFalse();
    }

    private static Diagnostic diagnostic(Level level, LogMessageId id) throws Exception {
        Constructor<Diagnostic> constructor = Diagnostic.class.getDeclaredConstructor(Level.class,
                LogMessageId.class, boolean.class, Object[].class);
        constructor.setAccessible(true);
        return constructor.newInstance(level, id, false, new Object[0]);
    }
}
