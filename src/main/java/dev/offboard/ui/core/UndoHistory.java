package dev.offboard.ui.core;

import dev.offboard.plan.Plan;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The plans before each edit, for undo and redo. Plans are immutable, so a step is simply the
 * plan as it was. Typing in one field is grouped into words: each new word, a jump of the
 * caret, another field or any other kind of edit starts a new step.
 */
public final class UndoHistory {

    /** Steps kept; older ones are forgotten. */
    static final int LIMIT = 200;

    /**
     * Where to go back to.
     *
     * @param plan the plan to show
     * @param path the plan path the step changed, for the window to show it
     * @param caret where in that field's text the change happened, or -1
     */
    public record Step(Plan plan, String path, int caret) {
    }

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    /** The typing step still open: the field, and where the caret stood after the last keystroke. */
    private String typingPath;
    private int typingCaret = -1;
    /** Whether the open typing step inserts (true) or deletes (false) characters. */
    private boolean typingInserts;

    /** Records an edit from {@code before} to {@code after}; typing continues the open step. */
    void recorded(Plan before, Plan after) {
        redo.clear();
        List<PlanDiff.Change> changes = PlanDiff.changes(before, after, 2);
        PlanDiff.Change change = changes.size() == 1 ? changes.get(0) : null;
        if (change != null && change.isText()) {
            Edit edit = Edit.of((String) change.before(), (String) change.after());
            if (change.path().equals(typingPath) && edit.inserted().isEmpty() != typingInserts
                    && edit.continues(typingCaret, (String) change.after())) {
                typingCaret = edit.caretAfter();
                return;
            }
            push(undo, new Step(before, change.path(), edit.start()));
            boolean typing = edit.removed().isEmpty() || edit.inserted().isEmpty();
            typingPath = typing ? change.path() : null;
            typingCaret = edit.caretAfter();
            typingInserts = !edit.inserted().isEmpty();
            return;
        }
        push(undo, new Step(before, changes.isEmpty() ? "" : changes.get(0).path(), caret(changes)));
        seal();
    }

    /** The next edit starts a step of its own (e.g. after a wording is inserted). */
    void seal() {
        typingPath = null;
        typingCaret = -1;
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The step before {@code current}, which becomes redoable; empty when there is none. */
    Optional<Step> undo(Plan current) {
        return move(undo, redo, current);
    }

    /** The step undone last, which becomes undoable again; empty when there is none. */
    Optional<Step> redo(Plan current) {
        return move(redo, undo, current);
    }

    /** Forgets everything, as when another plan is opened. */
    void clear() {
        undo.clear();
        redo.clear();
        seal();
    }

    private Optional<Step> move(Deque<Step> from, Deque<Step> to, Plan current) {
        seal();
        Step step = from.pollFirst();
        if (step == null) {
            return Optional.empty();
        }
        List<PlanDiff.Change> changes = PlanDiff.changes(current, step.plan(), 1);
        String path = changes.isEmpty() ? step.path() : changes.get(0).path();
        int caret = caret(changes);
        push(to, new Step(current, path, caret));
        return Optional.of(new Step(step.plan(), path, caret));
    }

    private static int caret(List<PlanDiff.Change> changes) {
        if (changes.size() == 1 && changes.get(0).isText()) {
            PlanDiff.Change change = changes.get(0);
            return Edit.of((String) change.before(), (String) change.after()).caretAfter();
        }
        return -1;
    }

    private static void push(Deque<Step> stack, Step step) {
        stack.addFirst(step);
        while (stack.size() > LIMIT) {
            stack.removeLast();
        }
    }

    /** One text edit: at {@code start}, {@code removed} gave way to {@code inserted}. */
    private record Edit(int start, String removed, String inserted) {

        static Edit of(String before, String after) {
            int prefix = 0;
            int shorter = Math.min(before.length(), after.length());
            while (prefix < shorter && before.charAt(prefix) == after.charAt(prefix)) {
                prefix++;
            }
            int suffix = 0;
            while (suffix < shorter - prefix
                    && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
                suffix++;
            }
            return new Edit(prefix, before.substring(prefix, before.length() - suffix),
                    after.substring(prefix, after.length() - suffix));
        }

        int caretAfter() {
            return start + inserted.length();
        }

        /**
         * Whether this keystroke carries on the typing step whose caret stood at {@code caret}:
         * a character typed there that does not end a word (a space after a letter does), or
         * a character deleted just before or after it.
         */
        boolean continues(int caret, String text) {
            if (caret < 0) {
                return false;
            }
            if (removed.isEmpty()) {
                boolean wordEnds = start > 0 && !Character.isWhitespace(text.charAt(start - 1))
                        && Character.isWhitespace(inserted.charAt(0));
                return start == caret && !wordEnds;
            }
            if (inserted.isEmpty()) {
                return start + removed.length() == caret || start == caret;
            }
            return false;
        }
    }
}
