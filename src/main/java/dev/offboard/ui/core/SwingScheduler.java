package dev.offboard.ui.core;

import javax.swing.Timer;

/** Schedules with a one-shot Swing {@link Timer}, so actions run on the event thread. */
public final class SwingScheduler implements Scheduler {

    @Override
    public Cancel after(int millis, Runnable action) {
        Timer timer = new Timer(millis, e -> action.run());
        timer.setRepeats(false);
        timer.start();
        return timer::stop;
    }
}
