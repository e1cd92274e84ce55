package dev.offboard.ui.core;

import dev.offboard.plan.FileStamp;
import dev.offboard.plan.Plan;
import dev.offboard.plan.PlanCheck;
import dev.offboard.plan.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;

/**
 * The one plan the wizard edits, the file it came from and whether it changed since.
 * Step models write into it; the window listens to it.
 */
public final class PlanHolder {

    /** Told after every change, and after a new plan replaced the old one. */
    public interface Listener {
        void planChanged(Plan plan, boolean replaced);
    }

    private final List<Listener> listeners = new ArrayList<>();
    private Plan plan;
    private Path file;
    /** What the file held when this window last read or wrote it; empty when unknown. */
    private FileStamp stamp;
    private boolean modified;
    /** Opened while another window has the file: saved only under another name. */
    private boolean readOnly;
    private Plan checked;
    private List<Problem> problems = List.of();
    private List<String> unscanned = List.of();
    private Executor background;
    private Executor ui;
    private boolean scanning;

    /**
     * Texts this long or longer are scanned by the secret and tone guards on the background
     * executor, once {@link #scanOffTheEventThread} has given one: a few milliseconds' work
     * at most stays on the event thread per keystroke.
     */
    static final int LARGE_TEXT = 2_000;
    /** The plan as last saved or opened; null for recovered work, which is never saved where it came from. */
    private Plan saved;
    private final UndoHistory history = new UndoHistory();

    public PlanHolder(Plan plan) {
        this.plan = plan;
        this.saved = plan;
    }

    public Plan plan() {
        return plan;
    }

    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** The file's content as this window last read or wrote it, to notice changes by other programs. */
    public Optional<FileStamp> stamp() {
        return Optional.ofNullable(stamp);
    }

    /**
     * The plan check of the current plan, made once per change: every step and the sidebar
     * ask for it after each keystroke, and the tone and secret guards are not free.
     */
    public List<Problem> problems() {
        if (checked != plan) {
            if (background == null) {
                problems = PlanCheck.check(plan);
                unscanned = List.of();
            } else {
                problems = PlanCheck.check(plan, LARGE_TEXT);
                unscanned = PlanCheck.unscanned(plan, LARGE_TEXT);
                scanLater();
            }
            checked = plan;
        }
        return problems;
    }

    /**
     * From now on, long texts are scanned by the guards on {@code background}, and listeners
     * told on {@code ui} when their findings are in.
     */
    public void scanOffTheEventThread(Executor background, Executor ui) {
        this.background = background;
        this.ui = ui;
    }

    /** Whether some long text still waits for the guards, so the problems may be incomplete. */
    public boolean guardsPending() {
        problems();
        return !unscanned.isEmpty();
    }

    private void scanLater() {
        if (unscanned.isEmpty() || scanning) {
            return;
        }
        scanning = true;
        List<String> texts = unscanned;
        background.execute(() -> {
            PlanCheck.scanGuards(texts);
            ui.execute(this::guardsScanned);
        });
    }

    private void guardsScanned() {
        scanning = false;
        checked = null;
        problems();
        fire(false);
    }

    /** Whether the current plan has no error, so its documents can be made. */
    public boolean canRender() {
        return problems().stream().noneMatch(Problem::isError);
    }

    /** The plan as last saved or opened (a new copy after each save); null for recovered work. */
    public Plan savedPlan() {
        return saved;
    }

    public boolean isModified() {
        return modified;
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /**
     * Applies a change; nothing is told when the plan stays equal. Typing in one field is
     * grouped into words for undo.
     */
    public void update(UnaryOperator<Plan> change) {
        Plan next = change.apply(plan);
        if (next.equals(plan)) {
            return;
        }
        history.recorded(plan, next);
        set(next);
    }

    /** Applies a change that undo takes back on its own, such as a wording inserted by a button. */
    public void edit(UnaryOperator<Plan> change) {
        history.seal();
        update(change);
        history.seal();
    }

    public boolean canUndo() {
        return history.canUndo();
    }

    public boolean canRedo() {
        return history.canRedo();
    }

    /** Goes back one step; tells where it changed the plan, or empty when there was nothing to undo. */
    public Optional<UndoHistory.Step> undo() {
        Optional<UndoHistory.Step> step = history.undo(plan);
        step.ifPresent(s -> set(s.plan()));
        return step;
    }

    /** Goes forward again one undone step; empty when there is none. */
    public Optional<UndoHistory.Step> redo() {
        Optional<UndoHistory.Step> step = history.redo(plan);
        step.ifPresent(s -> set(s.plan()));
        return step;
    }

    private void set(Plan next) {
        plan = next;
        modified = saved == null || !next.equals(saved);
        fire(false);
    }

    /** Replaces the plan, as after New or Open: unmodified, tied to {@code source} (or none). */
    public void replace(Plan next, Path source) {
        replace(next, source, null);
    }

    /** As {@link #replace(Plan, Path)}, for a plan read from {@code source} as {@code read}. */
    public void replace(Plan next, Path source, FileStamp read) {
        replace(next, source, read, false);
    }

    /**
     * As {@link #replace(Plan, Path, FileStamp)}; a {@code readOnly} plan is open in another
     * window too, so it is saved only under another name.
     */
    public void replace(Plan next, Path source, FileStamp read, boolean readOnly) {
        plan = next;
        file = source;
        stamp = read;
        this.readOnly = readOnly;
        saved = next;
        modified = false;
        history.clear();
        fire(true);
    }

    /** Whether the plan's file is open in another window, so Save asks for another name. */
    public boolean isReadOnly() {
        return readOnly;
    }

    /**
     * Puts back work recovered after a crash: tied to the plan file it came from (or none),
     * and modified, since it was never saved there.
     */
    public void restore(Plan recovered, Path source) {
        restore(recovered, source, null);
    }

    /**
     * As {@link #restore(Plan, Path)}, with the stamp the crashed session had of {@code source},
     * so saving still notices a change made by another program since.
     */
    public void restore(Plan recovered, Path source, FileStamp known) {
        plan = recovered;
        file = source;
        stamp = known;
        readOnly = false;
        saved = null;
        modified = true;
        history.clear();
        fire(true);
    }

    /** Records that the current plan was written to {@code target}. */
    public void markSaved(Path target, Plan saved) {
        markSaved(target, saved, null);
    }

    /** Records that {@code saved} was written to {@code target}, which now holds {@code written}. */
    public void markSaved(Path target, Plan saved, FileStamp written) {
        file = target;
        stamp = written;
        readOnly = false;
        this.saved = saved;
        history.seal();
        modified = !saved.equals(plan);
        fire(false);
    }

    /** The file name shown in the title, or {@code untitled}. */
    public String documentName(String untitled) {
        return file == null ? untitled : file.getFileName().toString();
    }

    private void fire(boolean replaced) {
        for (Listener listener : List.copyOf(listeners)) {
            listener.planChanged(plan, replaced);
        }
    }
}
