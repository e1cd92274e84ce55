package dev.offboard.render;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import dev.offboard.plan.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * The JMustache templates of every language, compiled once. A compiled template is
 * immutable and safe to execute from several threads.
 *
 * <p>Email templates are plain text: values are inserted as they are. The letter is XHTML:
 * values go through {@link XmlText#escape}, so whatever the freelancer typed comes out as
 * text, never as markup. Missing variables and sections fail loudly ({@code strictSections})
 * so a typo in a template cannot silently drop a paragraph.
 */
final class Templates {

    private static final String ROOT = "templates/";

    /** The three templates of one language. */
    record Set(Template emailSubject, Template emailBody, Template letter) {
    }

    private final Map<Language, Set> byLanguage = new EnumMap<>(Language.class);

    Templates() {
        Mustache.Compiler text = Mustache.compiler()
                .escapeHTML(false)
                .emptyStringIsFalse(true)
                .strictSections(true)
                .withLoader(Templates::open);
        Mustache.Compiler xhtml = text.withEscaper(XmlText::escape);
        for (Language language : Language.values()) {
            String dir = ROOT + language.code() + "/";
            byLanguage.put(language, new Set(
                    compile(text, dir + "email-subject.mustache"),
                    compile(text, dir + "email-body.mustache"),
                    compile(xhtml, dir + "letter.xhtml.mustache")));
        }
    }

    Set of(Language language) {
        return byLanguage.get(language);
    }

    private static Template compile(Mustache.Compiler compiler, String name) {
        try (Reader reader = open(name)) {
            return compiler.compile(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + name, e);
        }
    }

    /** Opens a template, or a partial named relative to the templates folder. */
    private static Reader open(String name) {
        String path = name.startsWith(ROOT) ? name : ROOT + name;
        InputStream in = Templates.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("template missing from the application: " + path);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
