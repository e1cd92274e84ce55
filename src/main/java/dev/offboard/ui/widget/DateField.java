package dev.offboard.ui.widget;

import com.github.lgooddatepicker.components.DatePicker;
import com.github.lgooddatepicker.components.DatePickerSettings.DateArea;
import com.github.lgooddatepicker.components.DatePickerSettings;
import java.awt.Color;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.Consumer;
import javax.swing.UIManager;

/** A locale-aware date picker (typed or picked), coloured by the current theme. */
public final class DateField {

    private DateField() {
    }

    public static DatePicker create(Locale locale, LocalDate initial, String accessibleName, Consumer<LocalDate> sink) {
        DatePickerSettings settings = new DatePickerSettings(locale);
        settings.setFormatForDatesCommonEra(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
        // Exactly the forms the tables read: the picker's own defaults would take "12/8/2026" as
        // 8 December even where it means 12 August.
        settings.getFormatsForParsing().clear();
        settings.getFormatsForParsing().addAll(dev.offboard.ui.core.Formats.typedDateFormats(locale));
        settings.setAllowEmptyDates(true);
        settings.setAllowKeyboardEditing(true);
        DatePicker picker = new DatePicker(settings);
        // The plan's range (after the picker is made, as LGoodDatePicker asks): a typed year 99999 is not taken.
        settings.setDateRangeLimits(dev.offboard.plan.PlanLimits.FIRST_DATE, dev.offboard.plan.PlanLimits.LAST_DATE);
        themed(settings);
        picker.setDate(initial);
        picker.addDateChangeListener(e -> sink.accept(e.getNewDate()));
        picker.getComponentDateTextField().getAccessibleContext().setAccessibleName(accessibleName);
        picker.getComponentDateTextField().setColumns(14);
        picker.getComponentToggleCalendarButton().setText("");
        picker.getComponentToggleCalendarButton().setIcon(Icons.get("calendar"));
        picker.getComponentToggleCalendarButton().getAccessibleContext().setAccessibleName(accessibleName);
        explainWhenNotRead(picker, locale);
        return picker;
    }

    /**
     * When the focus leaves a date the picker cannot read, the picker puts back the date it
     * held. So that this is never silent, the picker then carries, in {@link #NOT_READ}, a
     * message quoting what was typed and how to type a date ({@link Form} shows it under the
     * field); typing in the field again takes it away.
     */
    private static void explainWhenNotRead(DatePicker picker, Locale locale) {
        javax.swing.JTextField text = picker.getComponentDateTextField();
        String[] unread = {null};
        // After the picker has read the change: its own listener runs after this one.
        Form.onTextChange(text, () -> javax.swing.SwingUtilities.invokeLater(() -> {
            if (!text.isFocusOwner()) {
                return;
            }
            String typed = text.getText().strip();
            unread[0] = typed.isEmpty() || picker.isTextFieldValid() ? null : typed;
            picker.putClientProperty(NOT_READ, null);
        }));
        picker.addDateChangeListener(e -> picker.putClientProperty(NOT_READ, null));
        text.addFocusListener(new java.awt.event.FocusAdapter() {
            @Override
            public void focusLost(java.awt.event.FocusEvent e) {
                javax.swing.SwingUtilities.invokeLater(() -> {
                    if (unread[0] != null && !unread[0].equals(text.getText().strip())) {
                        picker.putClientProperty(NOT_READ, new dev.offboard.ui.core.Messages(locale).text("date.notRead",
                                unread[0], dev.offboard.ui.core.Formats.date(LocalDate.of(2026, 12, 4), locale)));
                    }
                    unread[0] = null;
                });
            }
        });
    }

    /** The client property holding why the text typed last was put back, or null. */
    public static final String NOT_READ = "offboard.dateNotRead";

    private static void themed(DatePickerSettings settings) {
        Color background = UIManager.getColor("TextField.background");
        Color foreground = UIManager.getColor("TextField.foreground");
        Color panel = UIManager.getColor("Panel.background");
        Color accent = UIManager.getColor("Component.accentColor");
        if (background == null || foreground == null) {
            return;
        }
        settings.setColor(DateArea.TextFieldBackgroundValidDate, background);
        settings.setColor(DateArea.TextFieldBackgroundInvalidDate, background);
        settings.setColor(DateArea.TextFieldBackgroundVetoedDate, background);
        settings.setColor(DateArea.TextFieldBackgroundDisallowedEmptyDate, background);
        settings.setColor(DateArea.DatePickerTextValidDate, foreground);
        Color disabledBackground = UIManager.getColor("TextField.disabledBackground");
        Color disabledText = UIManager.getColor("TextField.inactiveForeground");
        if (disabledBackground != null && disabledText != null) {
            settings.setColor(DateArea.TextFieldBackgroundDisabled, disabledBackground);
            settings.setColor(DateArea.DatePickerTextDisabled, disabledText);
        }
        settings.setColor(DateArea.CalendarBackgroundNormalDates, background);
        settings.setColor(DateArea.CalendarTextNormalDates, foreground);
        settings.setColor(DateArea.BackgroundOverallCalendarPanel, panel);
        settings.setColor(DateArea.BackgroundMonthAndYearMenuLabels, panel);
        settings.setColor(DateArea.TextMonthAndYearMenuLabels, foreground);
        settings.setColor(DateArea.BackgroundTodayLabel, panel);
        settings.setColor(DateArea.TextTodayLabel, foreground);
        settings.setColor(DateArea.BackgroundClearLabel, panel);
        settings.setColor(DateArea.TextClearLabel, foreground);
        settings.setColor(DateArea.BackgroundMonthAndYearNavigationButtons, panel);
        settings.setColor(DateArea.TextMonthAndYearNavigationButtons, foreground);
        settings.setColor(DateArea.BackgroundTopLeftLabelAboveWeekNumbers, panel);
        settings.setColorBackgroundWeekdayLabels(panel, true);
        if (accent != null) {
            settings.setColor(DateArea.CalendarBackgroundSelectedDate, accent);
            settings.setColor(DateArea.CalendarBorderSelectedDate, accent);
        }
    }
}
