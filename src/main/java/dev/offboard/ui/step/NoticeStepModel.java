package dev.offboard.ui.step;

import dev.offboard.plan.Deliverable;
import dev.offboard.plan.Notice;
import dev.offboard.plan.Plan;
import dev.offboard.plan.PlanFacts;
import dev.offboard.ui.core.Formats;
import dev.offboard.ui.core.Messages;
import dev.offboard.ui.core.Parsed;
import dev.offboard.ui.core.PlanHolder;
import dev.offboard.ui.core.Step;
import dev.offboard.ui.widget.Rows;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Step 3: when notice is given, how long it runs, and the work still to deliver. */
public final class NoticeStepModel extends StepModel {

    /** The ways to set the notice's length. */
    public enum Preset { TWO_WEEKS, THIRTY_DAYS, MILESTONE, CUSTOM }

    private final Deliverables deliverables;

    public NoticeStepModel(PlanHolder holder, Messages messages) {
        super(Step.NOTICE, holder, messages);
        this.deliverables = new Deliverables(holder, messages);
    }

    public Notice notice() {
        return plan().notice();
    }

    public Deliverables deliverables() {
        return deliverables;
    }

    public Preset preset() {
        Notice n = notice();
        if (n.kind() == Notice.NoticeKind.MILESTONE) {
            return Preset.MILESTONE;
        }
        if (n.length() == 2 && n.unit() == Notice.NoticeUnit.WEEKS && n.counting() == Notice.DayCount.BUSINESS_DAYS) {
            return Preset.TWO_WEEKS;
        }
        if (n.length() == 30 && n.unit() == Notice.NoticeUnit.DAYS && n.counting() == Notice.DayCount.CALENDAR_DAYS) {
            return Preset.THIRTY_DAYS;
        }
        return Preset.CUSTOM;
    }

    public void choosePreset(Preset preset) {
        Notice n = notice();
        Notice next = switch (preset) {
            case TWO_WEEKS -> n.withTerms(Notice.NoticeKind.PERIOD, 2, Notice.NoticeUnit.WEEKS,
                    Notice.DayCount.BUSINESS_DAYS);
            case THIRTY_DAYS -> n.withTerms(Notice.NoticeKind.PERIOD, 30, Notice.NoticeUnit.DAYS,
                    Notice.DayCount.CALENDAR_DAYS);
            case MILESTONE -> n.withTerms(Notice.NoticeKind.MILESTONE, n.length(), n.unit(), n.counting());
            case CUSTOM -> n.withTerms(Notice.NoticeKind.PERIOD, n.length(), n.unit(), Notice.DayCount.BUSINESS_DAYS);
        };
        update(next);
    }

    public void setGivenOn(LocalDate value) {
        update(notice().withGivenOn(value));
    }

    public void setLength(int length, Notice.NoticeUnit unit) {
        update(notice().withTerms(Notice.NoticeKind.PERIOD, length, unit, Notice.DayCount.BUSINESS_DAYS));
    }

    public void setMilestoneName(String value) {
        update(notice().withMilestoneName(value));
    }

    public void setAgreement(String value) {
        update(notice().withAgreement(value));
    }

    public void setNoticeClause(String value) {
        update(notice().withNoticeClause(value));
    }

    public void setNewRequestsCutoff(LocalDate value) {
        update(notice().withNewRequestsCutoff(value));
    }

    public void setMilestoneDate(LocalDate value) {
        update(notice().withMilestoneDate(value));
    }

    public Optional<LocalDate> lastWorkingDay() {
        return lastDay(plan());
    }

    /** The last working day in full, or a hint on what is missing to compute it. */
    public String lastWorkingDayText() {
        return lastWorkingDay().map(d -> Formats.longDate(d, messages.locale()))
                .orElseGet(() -> messages.text("notice.lastDay.unknown"));
    }

    static Optional<LocalDate> lastDay(Plan plan) {
        try {
            return PlanFacts.lastWorkingDay(plan);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    protected boolean hasRequiredAnswers() {
        return lastWorkingDay().isPresent();
    }

    private void update(Notice notice) {
        holder.update(p -> p.withNotice(notice));
    }

    /** The deliverables table: name, description, due date, status. */
    public static final class Deliverables extends Rows<Deliverable> {

        Deliverables(PlanHolder holder, Messages messages) {
            super(holder, messages, "deliverables", List.of("notice.col.name", "notice.col.description",
                    "notice.col.due", "notice.col.status"));
        }

        @Override
        public String field(int column) {
            return List.of("name", "description", "dueDate", "status").get(column);
        }

        @Override
        public List<String> choices(int column) {
            return column == 3 ? labels(Deliverable.Status.class, "deliverable.status") : List.of();
        }

        /** A warning when the row is due after the last working day. */
        @Override
        public Optional<String> rowNote(int index) {
            Deliverable d = row(index);
            Optional<LocalDate> last = lastDay(plan());
            if (d.dueDate() != null && d.status() != Deliverable.Status.DELIVERED && last.isPresent()
                    && d.dueDate().isAfter(last.get())) {
                return Optional.of(messages.text("notice.deliverable.late",
                        Formats.date(d.dueDate(), messages.locale()), Formats.date(last.get(), messages.locale())));
            }
            return Optional.empty();
        }

        @Override
        protected List<Deliverable> read(Plan plan) {
            return plan.deliverables();
        }

        @Override
        protected Plan write(Plan plan, List<Deliverable> rows) {
            return plan.withDeliverables(rows);
        }

        @Override
        protected Deliverable blank() {
            return new Deliverable("", "", null, Deliverable.Status.NOT_STARTED);
        }

        @Override
        protected String text(Deliverable d, int column) {
            return switch (column) {
                case 0 -> d.name();
                case 1 -> d.description();
                case 2 -> Formats.date(d.dueDate(), messages.locale());
                default -> messages.label("deliverable.status", d.status());
            };
        }

        @Override
        protected Parsed<Deliverable> with(Deliverable d, int column, String text) {
            return switch (column) {
                case 0 -> Parsed.of(d.withName(text));
                case 1 -> Parsed.of(d.withDescription(text));
                case 2 -> date(text).map(d::withDueDate);
                default -> choice(Deliverable.Status.class, "deliverable.status", text).map(d::withStatus);
            };
        }
    }
}
