package dev.offboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SwingFileDialogsTest {

    @TempDir
    Path folder;

    @Test
    void dialogsOpenInThePlansFolderElseWhereTheUserLastChose() throws Exception {
        Path plans = Files.createDirectories(folder.resolve("clients"));
        File last = Files.createDirectories(folder.resolve("exports")).toFile();

        assertThat(SwingFileDialogs.startFolder(Optional.of(plans.resolve("northwind.json")), last))
                .isEqualTo(plans.toFile());
        assertThat(SwingFileDialogs.startFolder(Optional.empty(), last)).isEqualTo(last);
        assertThat(SwingFileDialogs.startFolder(Optional.of(folder.resolve("gone/plan.json")), last))
                .as("a plan whose folder has gone").isEqualTo(last);
        assertThat(SwingFileDialogs.startFolder(Optional.empty(), null)).as("the user's home").isNull();
    }

    @Test
    void theSystemsOwnDialogsOnWindowsAndMacOsAndSwingsOnLinux() {
        assertThat(SwingFileDialogs.useSystemDialogs("Windows 11")).isTrue();
        assertThat(SwingFileDialogs.useSystemDialogs("Mac OS X")).isTrue();
        assertThat(SwingFileDialogs.useSystemDialogs("Linux")).isFalse();
    }
}
