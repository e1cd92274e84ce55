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
 * File dialogs through FlatLaf's {@link SystemFileChooser}: the Windows and macOS dialogs, and
 * on Linux FlatLaf's Swing dialog in the window's language (see {@link #useSystemDialogs}),
 * opening in the plan's folder, else where the user last chose a file.
 */
public final class SwingFileDialogs implements FileDialogs {

    /** FlatLaf's switch between the system's dialogs and its Swing one. */
    static final String SYSTEM_DIALOGS = "flatlaf.useSystemFileChooser";

    private final Supplier<Optional<Path>> planFile;
    private File lastFolder;

    /** @param planFile the file of the plan being edited, if it has one */
    public SwingFileDialogs(Supplier<Optional<Path>> planFile) {
        this.planFile = planFile;
        if (System.getProperty(SYSTEM_DIALOGS) == null) {
            System.setProperty(SYSTEM_DIALOGS, String.valueOf(useSystemDialogs(System.getProperty("os.name", ""))));
        }
    }

    /**
     * Whether to use the system's own file dialogs on {@code osName}: on Windows and macOS, yes.
     * On Linux, no: FlatLaf's GTK dialog loads GTK beside the one Java's desktop support may
     * have loaded, and two GTKs in one process can hang the dialog before it shows (seen here
     * under X with a window manager: Save and Export did nothing at all, and the window waited
     * for ever). FlatLaf's Swing dialog follows the theme and the window's language, and never
     * hangs. {@code -Dflatlaf.useSystemFileChooser=true} brings the GTK dialog back.
     */
    static boolean useSystemDialogs(String osName) {
        return !osName.toLowerCase(Locale.ROOT).startsWith("linux");
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
        // Swing's dialog takes its words ("All Files", "Cancel") from the default locale.
        javax.swing.JComponent.setDefaultLocale(messages.locale());
        SystemFileChooser chooser = new SystemFileChooser(startFolder(planFile.get(), lastFolder));
        SystemFileChooser.FileFilter filter = new SystemFileChooser.FileNameExtensionFilter(description, extensions);
        chooser.addChoosableFileFilter(filter);
        chooser.setFileFilter(filter);
        return chooser;
    }
}
