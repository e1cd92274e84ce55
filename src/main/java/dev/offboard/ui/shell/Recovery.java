package dev.offboard.ui.shell;

import dev.offboard.plan.RecoveryStore;
import dev.offboard.ui.core.PlanHolder;
import dev.offboard.ui.core.TaskRunner;
import java.util.Optional;

/**
 * At start-up, offers work a previous session left unsaved (a crash, a kill, a power cut)
 * and puts it back, or lets it go, as the user decides.
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

    /** Looks for a copy in the background; if there is one, asks, then acts. */
    void offer(Prompt prompt, java.util.function.Consumer<Exception> onFailure) {
        tasks.run(store::latest, found -> found.ifPresent(r -> decide(r, prompt.ask(r), onFailure)), onFailure);
    }

    private void decide(RecoveryStore.Recovered recovered, Choice choice, java.util.function.Consumer<Exception> onFailure) {
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

    private void discard(RecoveryStore.Recovered recovered, java.util.function.Consumer<Exception> onFailure) {
        tasks.run(() -> {
            store.discard(recovered);
            return Optional.empty();
        }, done -> { }, onFailure);
    }
}
