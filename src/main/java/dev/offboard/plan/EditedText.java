package dev.offboard.plan;

/**
 * The freelancer's own wording of one {@link Section}, used in the documents instead of the
 * generated text.
 *
 * @param section which part of the documents it words
 * @param text the wording, as typed: paragraphs separated by a blank line, lines starting with
 *     "- " make a list
 * @param basedOn the generated text of the section when it was edited, to tell when the plan
 *     changed underneath the edit, and what changed
 * @param language the documents' language it was written for; in documents of another
 *     language the generated text is used
 */
public record EditedText(Section section, String text, @Derived String basedOn, Language language) {

    public EditedText {
        section = section == null ? Section.OPENING : section;
        text = Text.clean(text);
        basedOn = Text.clean(basedOn);
        language = language == null ? Language.EN : language;
    }

    public static EditedText empty() {
        return new EditedText(Section.OPENING, "", "", Language.EN);
    }

    public EditedText withSection(Section value) {
        return new EditedText(value, text, basedOn, language);
    }

    public EditedText withText(String value) {
        return new EditedText(section, value, basedOn, language);
    }

    public EditedText withBasedOn(String value) {
        return new EditedText(section, text, value, language);
    }

    public EditedText withLanguage(Language value) {
        return new EditedText(section, text, basedOn, value);
    }
}
