package dev.offboard.ui.core;

import java.util.List;

/** The six wizard steps, in order, with the plan paths each one edits. */
public enum Step {
    ASSESS("assess", "freelancer", "client", "assessment"),
    CONVERSE("converse", "conversation"),
    NOTICE("notice", "notice", "deliverables"),
    OPTIONS("options", "options", "payments"),
    THANK("thank", "thanks"),
    WRITE_UP("writeUp", "writeUp");

    private final String key;
    private final List<String> sections;

    Step(String key, String... sections) {
        this.key = key;
        this.sections = List.of(sections);
    }

    /** The bundle key prefix and file-name stem, e.g. {@code writeUp}. */
    public String key() {
        return key;
    }

    /** The step whose panel holds the field at {@code path}; unknown paths go to the write-up. */
    public static Step forField(String path) {
        String section = path.split("[.\\[]", 2)[0];
        for (Step step : values()) {
            if (step.sections.contains(section)) {
                return step;
            }
        }
        return WRITE_UP;
    }

    public boolean owns(String path) {
        return forField(path) == this;
    }
}
