package dev.offboard.render;

import dev.offboard.plan.Client;
import dev.offboard.plan.Conversation;
import dev.offboard.plan.Deliverable;
import dev.offboard.plan.Freelancer;
import dev.offboard.plan.Language;
import dev.offboard.plan.Options;
import dev.offboard.plan.Plan;
import dev.offboard.plan.Private;
import dev.offboard.plan.Referral;
import dev.offboard.plan.ReturnItem;
import dev.offboard.plan.SamplePlan;
import dev.offboard.plan.Thanks;
import dev.offboard.plan.WriteUp;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Plans the render tests share. */
final class TestPlans {

    /** The date every golden file and letter test uses. */
    static final LocalDate TODAY = LocalDate.of(2026, 3, 4);

    /** What every private text becomes in {@link #withPrivateMarkers}. */
    static final String MARKER = "PRIVATE-MARKER-";

    /** What every private date becomes: a year that appears nowhere else. */
    static final LocalDate PRIVATE_DATE = LocalDate.of(1987, 11, 29);

    private TestPlans() {
    }

    static Plan sample() {
        return SamplePlan.create(TODAY);
    }

    /**
     * The sample with every private text replaced by a unique marker (private lists of text
     * get one marker item even when empty) and every private date by {@link #PRIVATE_DATE}.
     * Works by walking the records, so private components added later are covered too.
     */
    static Plan withPrivateMarkers(Plan plan) {
        return (Plan) mark(plan, false, new AtomicInteger(1), false);
    }

    /** What every text becomes in {@link #withMarkersEverywhere}. */
    static final String FIELD_MARKER = "FIELDMARK";

    /**
     * The plan with every text, private or not, replaced by a unique marker
     * ({@code FIELDMARK1}, …); lists of text get one marker item even when empty. Walks the
     * records, so fields added later are covered too.
     */
    static Plan withMarkersEverywhere(Plan plan) {
        return (Plan) mark(plan, false, new AtomicInteger(1), true);
    }

    private static Object mark(Object value, boolean isPrivate, AtomicInteger counter) {
        return mark(value, isPrivate, counter, false);
    }

    private static Object mark(Object value, boolean isPrivate, AtomicInteger counter, boolean everywhere) {
        if (value instanceof Record record) {
            boolean recordPrivate = isPrivate || record.getClass().isAnnotationPresent(Private.class);
            RecordComponent[] components = record.getClass().getRecordComponents();
            Object[] args = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                RecordComponent component = components[i];
                boolean componentPrivate = recordPrivate || component.isAnnotationPresent(Private.class);
                boolean marked = componentPrivate || everywhere;
                Object current = read(component, record);
                types[i] = component.getType();
                if (marked && current instanceof List<?> list && list.isEmpty()
                        && elementType(component) == String.class) {
                    current = List.of("");
                }
                if (marked && current == null && component.getType() == String.class) {
                    current = "";
                }
                if (componentPrivate && !everywhere && component.getType() == LocalDate.class) {
                    current = PRIVATE_DATE;
                }
                args[i] = mark(current, marked, counter, everywhere);
            }
            return construct(record.getClass(), types, args);
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (Object item : list) {
                out.add(mark(item, isPrivate, counter, everywhere));
            }
            return out;
        }
        if (value instanceof String && isPrivate) {
            return (everywhere ? FIELD_MARKER : MARKER) + counter.getAndIncrement();
        }
        return value;
    }

    private static Type elementType(RecordComponent component) {
        Type generic = component.getGenericType();
        return generic instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object construct(Class<?> type, Class<?>[] types, Object[] args) {
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild " + type, e);
        }
    }

    /**
     * A plan whose client-facing texts each hold one of {@code texts}, in order: client
     * company, contact, freelancer name, business, client reason, thanks, a deliverable's
     * name and description, a referral, an item to return, a tool, an access; texts are
     * reused when there are fewer than fields. Every text is also one of the other conditions,
     * so each appears in the email too.
     */
    static Plan withClientFacingTexts(List<String> texts) {
        AtomicInteger next = new AtomicInteger();
        java.util.function.Supplier<String> t = () -> texts.get(next.getAndIncrement() % texts.size());
        Plan sample = sample();
        return sample
                .withClient(new Client(t.get(), t.get(), "client@example.test", t.get(), Language.EN, "GB", null, null))
                .withFreelancer(new Freelancer(t.get(), t.get(), "me@example.test", "+33 1 23 45 67 89", t.get()))
                .withConversation(new Conversation(null, null, "", "", "", "", t.get()))
                .withThanks(new Thanks(t.get(), t.get(), true))
                .withDeliverables(List.of(new Deliverable(t.get(), t.get(), TODAY.plusDays(7),
                        Deliverable.Status.IN_PROGRESS)))
                .withOptions(new Options(List.of(new Referral(t.get(), t.get(), t.get())), true, List.of(t.get()),
                        List.of(new ReturnItem(ReturnItem.Kind.FILES, t.get(), t.get())), List.of(t.get()), true,
                        true))
                .withWriteUp(new WriteUp(texts, "", "", ""));
    }
}
