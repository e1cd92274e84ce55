package dev.offboard.ui.shell;

import com.formdev.flatlaf.util.SystemFileChooser;
import dev.offboard.ui.core.Messages;
import java.awt.Component;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javax.swing.JOptionPane;

/**
 * The system's own file dialogs (FlatLaf's {@link SystemFileChooser}: the Windows, macOS or
 * GTK dialog, a Swing one where there is none), opening in the plan's folder, else where the
 * user last chose a file.
 */
public final class SwingFileDialogs implements FileDialogs {

    private final Supplier<Optional<Path>> planFile;
    private File lastFolder;

    /** @param planFile the file of the plan being edited, if it has one */
    public SwingFileDialogs(Supplier<Optional<Path>> planFile) {
        this.planFile = planFile;
    }

    @Override
    public Optional<Path> chooseOpen(Component parent, Messages messages) {
        SystemFileChooser chooser = chooser(messages, messages.text("files.planFilter"), "offboard", "json");
        chooser.setDialogTitle(messages.text("files.openTitle"));
        if (chooser.showOpenDialog(parent) != SystemFileChooser.APPROVE_OPTION || chooser.getSelectedFile() == null) {
            return Optional.empty();
        }
        lastFolder = chooser.getSelectedFile().getParentFile();
        return Optional.of(chooser.getSelectedFile().toPath());
    }

    @Override
    public Optional<Path> chooseSave(Component parent, Messages messages, String suggested, String extension) {
        SystemFileChooser chooser = chooser(messages, messages.text("files." + extension + "Filter"), extension);
        chooser.setDialogTitle(messages.text("files.saveTitle"));
        chooser.setSelectedFile(new File(suggested));
        if (chooser.showSaveDialog(parent) != SystemFileChooser.APPROVE_OPTION || chooser.getSelectedFile() == null) {
            return Optional.empty();
        }
        lastFolder = chooser.getSelectedFile().getParentFile();
        Path file = chooser.getSelectedFile().toPath();
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean plan = "offboard".equals(extension) || "json".equals(extension);
        if (name.endsWith("." + extension) || (plan && (name.endsWith(".offboard") || name.endsWith(".json")))) {
            // The system dialog has asked already before replacing a file.
            return Optional.of(file);
        }
        Path completed = file.resolveSibling(file.getFileName() + "." + extension);
        if (Files.exists(completed) && JOptionPane.showConfirmDialog(parent,
                messages.text("files.replace", completed.getFileName()), messages.text("files.saveTitle"),
                JOptionPane.OK_CANCEL_OPTION, JOptionPane.QUESTION_MESSAGE) != JOptionPane.OK_OPTION) {
            return Optional.empty();
        }
        return Optional.of(completed);
    }

    /** Where a dialog opens: the plan's folder, else the folder last chosen, else the user's home. */
    static File startFolder(Optional<Path> planFile, File lastFolder) {
        return planFile.map(Path::toAbsolutePath).map(Path::getParent).map(Path::toFile).filter(File::isDirectory)
                .orElse(lastFolder);
    }

    private SystemFileChooser chooser(Messages messages, String description, String... extensions) {
        SystemFileChooser chooser = new SystemFileChooser(startFolder(planFile.get(), lastFolder));
        chooser.addChoosableFileFilter(new SystemFileChooser.FileNameExtensionFilter(description, extensions));
        chooser.setFileFilter(chooser.getChoosableFileFilters()[chooser.getChoosableFileFilters().length - 1]);
        return chooser;
    }
}
