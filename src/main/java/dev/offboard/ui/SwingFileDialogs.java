package dev.offboard.ui;

import java.awt.Component;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.filechooser.FileNameExtensionFilter;

/** File choosers that remember the last folder and confirm before replacing a file. */
public final class SwingFileDialogs implements FileDialogs {

    private File folder;

    @Override
    public Optional<Path> chooseOpen(Component parent, Messages messages) {
        JFileChooser chooser = chooser(messages, messages.text("files.planFilter"), "offboard", "json");
        chooser.setDialogTitle(messages.text("files.openTitle"));
        if (chooser.showOpenDialog(parent) != JFileChooser.APPROVE_OPTION) {
            return Optional.empty();
        }
        folder = chooser.getCurrentDirectory();
        return Optional.of(chooser.getSelectedFile().toPath());
    }

    @Override
    public Optional<Path> chooseSave(Component parent, Messages messages, String suggested, String extension) {
        JFileChooser chooser = chooser(messages, messages.text("files." + extension + "Filter"), extension);
        chooser.setDialogTitle(messages.text("files.saveTitle"));
        chooser.setSelectedFile(new File(chooser.getCurrentDirectory(), suggested));
        if (chooser.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) {
            return Optional.empty();
        }
        folder = chooser.getCurrentDirectory();
        Path file = chooser.getSelectedFile().toPath();
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean plan = "offboard".equals(extension) || "json".equals(extension);
        if (!name.endsWith("." + extension) && !(plan && (name.endsWith(".offboard") || name.endsWith(".json")))) {
            file = file.resolveSibling(file.getFileName() + "." + extension);
        }
        if (Files.exists(file) && JOptionPane.showConfirmDialog(parent,
                messages.text("files.replace", file.getFileName()), messages.text("files.saveTitle"),
                JOptionPane.OK_CANCEL_OPTION, JOptionPane.QUESTION_MESSAGE) != JOptionPane.OK_OPTION) {
            return Optional.empty();
        }
        return Optional.of(file);
    }

    private JFileChooser chooser(Messages messages, String description, String... extensions) {
        JFileChooser chooser = new JFileChooser(folder);
        chooser.setLocale(messages.locale());
        chooser.setFileFilter(new FileNameExtensionFilter(description, extensions));
        return chooser;
    }
}
