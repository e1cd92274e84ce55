package dev.offboard.ui.step;

import dev.offboard.render.Documents;
import dev.offboard.ui.core.PlanHolder;
import dev.offboard.ui.core.Scheduler;
import dev.offboard.ui.core.TaskRunner;
import java.time.LocalDate;

/**
 * What the write-up step asks of the app: its background runners, the plan, the renderer, and
 * the actions behind its buttons. The app's controller implements it, so the step knows nothing
 * of the window around it.
 */
public interface WriteUpActions {

    TaskRunner tasks();

    Scheduler scheduler();

    PlanHolder holder();

    /** The renderer, made on first use; call from a task, not on the event thread. */
    Documents documents();

    LocalDate today();

    void copyEmail();

    void openInMail(WriteUpStepModel model);

    void saveEmailDraft();

    void exportPdf();

    /** Saves the plan, then runs {@code after}. */
    void save(Runnable after);

    void exportPrivatePlan();
}
