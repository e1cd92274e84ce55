package dev.offboard.ui.step;

import com.formdev.flatlaf.FlatClientProperties;
import dev.offboard.ui.widget.Icons;
import java.awt.Color;
import java.util.function.Function;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultHighlighter;
import javax.swing.text.Highlighter;
import javax.swing.text.JTextComponent;

/** Underlays phrases the {@link ToneChecker} flags while the user types, with a suggestion below. */
final class ToneHighlighter {

    private final JTextComponent text;
    private final JLabel suggestion;
    private final ConverseStepModel model;
    private final Highlighter.HighlightPainter painter;

    private ToneHighlighter(JTextComponent text, JLabel suggestion, ConverseStepModel model) {
        this.text = text;
        this.suggestion = suggestion;
        this.model = model;
        Color color = UIManager.getColor("Component.warning.focusedBorderColor");
        Color base = color == null ? new Color(0xE2A53A) : color;
        this.painter = new DefaultHighlighter.DefaultHighlightPainter(
                new Color(base.getRed(), base.getGreen(), base.getBlue(), 90));
    }

    /** Watches {@code text}; {@code suggestion} shows what to say instead. */
    static JLabel attach(JTextComponent text, ConverseStepModel model, Function<JLabel, JLabel> placer) {
        JLabel label = placer.apply(new JLabel());
        label.putClientProperty(FlatClientProperties.STYLE, "foreground: $Offboard.warning.foreground");
        label.setName(text.getName() + ".tone");
        ToneHighlighter highlighter = new ToneHighlighter(text, label, model);
        text.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                highlighter.later();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                highlighter.later();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                // attributes only
            }
        });
        highlighter.update();
        return label;
    }

    private void later() {
        SwingUtilities.invokeLater(this::update);
    }

    private void update() {
        Highlighter highlighter = text.getHighlighter();
        highlighter.removeAllHighlights();
        String content = text.getText();
        for (ToneChecker.Issue issue : model.toneIssues(content)) {
            try {
                highlighter.addHighlight(issue.start(), issue.end(), painter);
            } catch (BadLocationException e) {
                // the text changed again; the next update redraws
            }
        }
        String message = model.toneSuggestion(content).orElse("");
        suggestion.setText(message);
        suggestion.setIcon(message.isEmpty() ? null : Icons.get("warning", 12));
        suggestion.setVisible(!message.isEmpty());
    }
}
