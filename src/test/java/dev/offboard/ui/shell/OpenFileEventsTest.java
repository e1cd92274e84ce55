package dev.offboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenFileEventsTest {

    private final List<Path> opened = new ArrayList<>();
    private final List<Runnable> queued = new ArrayList<>();

    @Test
    void aFileTheSystemAsksToOpenIsOpenedOnTheEventThreadNotBefore() {
        OpenFileEvents.opened(List.of(new File("/plans/northwind.offboard")), opened::add, queued::add);

        assertThat(opened).as("nothing opens on the desktop's own thread").isEmpty();
        queued.forEach(Runnable::run);
        assertThat(opened).containsExactly(Path.of("/plans/northwind.offboard"));
    }

    @Test
    void ofSeveralFilesChosenTogetherTheFirstIsOpened() {
        OpenFileEvents.opened(List.of(new File("a.offboard"), new File("b.json")), opened::add, Runnable::run);

        assertThat(opened).containsExactly(Path.of("a.offboard"));
    }

    @Test
    void anEventWithoutFilesOpensNothing() {
        OpenFileEvents.opened(List.of(), opened::add, Runnable::run);
        OpenFileEvents.opened(null, opened::add, Runnable::run);

        assertThat(opened).isEmpty();
        assertThat(queued).isEmpty();
    }
}
