package dev.offboard.ui.shell;

import dev.offboard.plan.RecoveryStore;
import dev.offboard.ui.core.PlanHolder;
import dev.offboard.ui.core.TaskRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * At start-up, offers work a previous session left unsaved (a crash, a kill, a power cut)
 * and puts it back, or lets it go, as the user decides. Work is only ever deleted when the user
 * says so; a copy not asked about at start-up is kept and offered without blocking.
 */
final class Recovery {

    /** What the user chose for recovered work. */
    enum Choice {
        /** Put it back in the window, unsaved. */
        RESTORE,
        /** Delete the copy. */
        DISCARD,
        /** Keep the copy for next time and start as usual. */
        LATER
    }

    /** Asks the user; implemented by the window with a dialog. */
    interface Prompt {
        Choice ask(RecoveryStore.Recovered recovered);
    }

    private final PlanHolder holder;
    private final RecoveryStore store;
    private final TaskRunner tasks;
    private final Autosave autosave;

    Recovery(PlanHolder holder, RecoveryStore store, TaskRunner tasks, Autosave autosave) {
        this.holder = holder;
        this.store = store;
        this.tasks = tasks;
        this.autosave = autosave;
    }

    /** What to do with the copies found at start-up. */
    record Offer(Optional<RecoveryStore.Recovered> askNow, List<RecoveryStore.Recovered> later) {
    }

    /**
     * Which copy to ask about at once and which to keep for later, newest first. Started to open
     * a plan, only a copy of that very plan is asked about: the user came to work on it, and a
     * question about another plan in front of it would confuse them. Copies of other plans are
     * kept (never deleted) and offered without blocking. Started without a plan, the newest
     * copy is asked about, as always, and any older ones are kept for later.
     */
    static Offer sort(List<RecoveryStore.Recovered> found, Optional<Path> opening) {
        Optional<RecoveryStore.Recovered> now = opening.isEmpty() ? found.stream().findFirst()
                : found.stream().filter(r -> r.planFile().filter(f -> samePlan(f, opening.get())).isPresent())
                        .findFirst();
        List<RecoveryStore.Recovered> later = found.stream().filter(r -> now.map(n -> n != r).orElse(true)).toList();
        return new Offer(now, later);
    }

    /** Whether two paths name one plan file: the same file on disk, or the same path once made absolute. */
    static boolean samePlan(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException | SecurityException e) {
            // Compared by name below.
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /** Looks for copies in the background; asks about the newest, as on a start without a plan. */
    void offer(Prompt prompt, Consumer<Exception> onFailure) {
        offer(Optional::empty, prompt, later -> { }, onFailure);
    }

    /**
     * Looks for copies in the background, then asks about the one {@link #sort} picks, if any,
     * and hands the others to {@code keptForLater} (only when there are some), to be offered
     * without blocking.
     *
     * @param opening the plan the app was started to open, read once the copies are found
     */
    void offer(Supplier<Optional<Path>> opening, Prompt prompt, Consumer<List<RecoveryStore.Recovered>> keptForLater,
            Consumer<Exception> onFailure) {
        tasks.run(store::leftBehind, found -> {
            Offer offer = sort(found, opening.get());
            if (!offer.later().isEmpty()) {
                keptForLater.accept(offer.later());
            }
            offer.askNow().ifPresent(r -> decide(r, prompt.ask(r), onFailure));
        }, onFailure);
    }

    /** Acts on the user's choice for a copy kept for later and chosen now (from the banner or the menu). */
    void resolve(RecoveryStore.Recovered recovered, Choice choice, Consumer<Exception> onFailure) {
        decide(recovered, choice, onFailure);
    }

    private void decide(RecoveryStore.Recovered recovered, Choice choice, Consumer<Exception> onFailure) {
        switch (choice) {
            case RESTORE -> {
                holder.restore(recovered.plan(), recovered.planFile().orElse(null),
                        recovered.planFileStamp().orElse(null));
                // The old copy goes only once this session's copy of the same work is on disk.
                autosave.tick(() -> discard(recovered, onFailure));
            }
            case DISCARD -> discard(recovered, onFailure);
            case LATER -> {
                // The copy stays where it is and is offered again next time.
            }
        }
    }

    private void discard(RecoveryStore.Recovered recovered, Consumer<Exception> onFailure) {
        tasks.run(() -> {
            store.discard(recovered);
            return Optional.empty();
        }, done -> { }, onFailure);
    }
}
