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
        settings.getFormatsForParsing().add(DateTimeFormatter.ISO_LOCAL_DATE);
        settings.getFormatsForParsing().add(DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale));
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
        return picker;
    }

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
