package dev.offboard.ui.step;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offboard.plan.Deliverable;
import dev.offboard.plan.Notice;
import dev.offboard.plan.Plan;
import dev.offboard.ui.core.FieldProblem;
import dev.offboard.ui.core.Messages;
import dev.offboard.ui.core.PlanHolder;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NoticeStepModelTest {

    /** A Tuesday. */
    private static final LocalDate GIVEN = LocalDate.of(2026, 12, 1);

    private final PlanHolder holder = new PlanHolder(Plan.empty());
    private final NoticeStepModel model = new NoticeStepModel(holder, new Messages(Locale.ENGLISH));

    @Test
    void lastWorkingDayIsUnknownUntilNoticeIsGiven() {
        assertThat(model.lastWorkingDay()).isEmpty();
        assertThat(model.lastWorkingDayText()).isEqualTo("Pick the date you give notice");
        assertThat(model.isComplete()).isFalse();
        assertThat(model.problems()).extracting(FieldProblem::field).contains("notice.givenOn");
    }

    @Test
    void twoWeeksEndTenWorkingDaysLater() {
        model.setGivenOn(GIVEN);
        model.choosePreset(NoticeStepModel.Preset.TWO_WEEKS);

        assertThat(model.lastWorkingDay()).contains(LocalDate.of(2026, 12, 15));
        assertThat(model.lastWorkingDayText()).isEqualTo("Tuesday, December 15, 2026");
        assertThat(model.isComplete()).isTrue();
    }

    @Test
    void thirtyDaysAreCalendarDaysEndingOnAWeekday() {
        model.setGivenOn(GIVEN);
        model.choosePreset(NoticeStepModel.Preset.THIRTY_DAYS);

        assertThat(model.preset()).isEqualTo(NoticeStepModel.Preset.THIRTY_DAYS);
        assertThat(model.lastWorkingDay()).contains(LocalDate.of(2026, 12, 31));
    }

    @Test
    void milestoneEndsOnItsDate() {
        model.setGivenOn(GIVEN);
        model.choosePreset(NoticeStepModel.Preset.MILESTONE);
        model.setMilestoneName("Spring launch");
        model.setMilestoneDate(LocalDate.of(2027, 1, 8));

        assertThat(model.preset()).isEqualTo(NoticeStepModel.Preset.MILESTONE);
        assertThat(model.lastWorkingDay()).contains(LocalDate.of(2027, 1, 8));
    }

    @Test
    void customLengthIsCountedInWorkingDays() {
        model.setGivenOn(GIVEN);
        model.setLength(5, Notice.NoticeUnit.DAYS);

        assertThat(model.preset()).isEqualTo(NoticeStepModel.Preset.CUSTOM);
        assertThat(model.lastWorkingDay()).contains(LocalDate.of(2026, 12, 8));
        assertThat(model.problems()).anySatisfy(p -> assertThat(p.field()).isEqualTo("notice.length"));
    }

    @Test
    void lastDayIsShownInTheUiLanguage() {
        NoticeStepModel french = new NoticeStepModel(holder, new Messages(Locale.FRENCH));
        french.setGivenOn(GIVEN);

        assertThat(french.lastWorkingDayText()).isEqualTo("mardi 15 décembre 2026");
    }

    @Test
    void deliverableDueAfterTheLastDayIsAnErrorShownOnItsRow() {
        model.setGivenOn(GIVEN);
        NoticeStepModel.Deliverables rows = model.deliverables();
        int row = rows.add();
        rows.set(row, 0, "Web banners");
        rows.set(row, 2, "2026-12-20");

        assertThat(rows.rowNote(row)).hasValueSatisfying(note -> assertThat(note).contains("Dec 20, 2026"));
        assertThat(model.problems()).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo("deliverables[0].dueDate");
            assertThat(p.isError()).isTrue();
        });

        rows.set(row, 3, "Delivered");
        assertThat(rows.rowNote(row)).isEmpty();
        assertThat(holder.plan().deliverables().get(0).status()).isEqualTo(Deliverable.Status.DELIVERED);
    }

    @Test
    void datesAreTypedInTheLocaleFormatOrIso() {
        NoticeStepModel.Deliverables rows = model.deliverables();
        int row = rows.add();

        assertThat(rows.set(row, 2, "Dec 4, 2026")).isEmpty();
        assertThat(rows.text(row, 2)).isEqualTo("Dec 4, 2026");
        assertThat(rows.set(row, 2, "next week")).hasValueSatisfying(m -> assertThat(m).contains("not a date"));
        assertThat(holder.plan().deliverables().get(0).dueDate()).isEqualTo(LocalDate.of(2026, 12, 4));
    }

    @Test
    void rowsCanBeReorderedAndRemoved() {
        NoticeStepModel.Deliverables rows = model.deliverables();
        rows.set(rows.add(), 0, "First");
        rows.set(rows.add(), 0, "Second");

        assertThat(rows.move(1, -1)).isZero();
        assertThat(rows.text(0, 0)).isEqualTo("Second");
        assertThat(rows.move(0, -1)).isZero();

        rows.remove(0);
        assertThat(holder.plan().deliverables()).extracting(Deliverable::name).containsExactly("First");
    }

    @Test
    void theAgreementTermsSurviveAChangeOfNoticeLength() {
        PlanHolder holder = new PlanHolder(dev.offboard.plan.Plan.empty());
        NoticeStepModel model = new NoticeStepModel(holder, new Messages(java.util.Locale.ENGLISH));
        model.setAgreement("Design services agreement, March 2023");
        model.setNoticeClause("9.2");
        model.setNewRequestsCutoff(java.time.LocalDate.of(2026, 3, 12));

        model.choosePreset(NoticeStepModel.Preset.THIRTY_DAYS);
        model.choosePreset(NoticeStepModel.Preset.MILESTONE);
        model.setMilestoneName("the spring launch");

        var notice = holder.plan().notice();
        assertThat(notice.agreement()).isEqualTo("Design services agreement, March 2023");
        assertThat(notice.noticeClause()).isEqualTo("9.2");
        assertThat(notice.newRequestsCutoff()).isEqualTo(java.time.LocalDate.of(2026, 3, 12));
        assertThat(notice.milestoneName()).isEqualTo("the spring launch");
    }
}
