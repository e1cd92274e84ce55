package dev.offboard.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every record of the plan can be copied by name: one {@code withX} per component that changes
 * that component alone. Found by walking the records from {@link Plan}, so a new record or
 * component without its method fails here.
 */
class WithMethodsTest {

    @Test
    void everyComponentOfEveryPlanRecordHasAWithMethodThatChangesItAlone() throws Exception {
        Plan sample = SamplePlan.create(java.time.LocalDate.of(2026, 11, 26));
        List<String> checked = new ArrayList<>();
        for (Object value : samples(sample)) {
            Class<?> type = value.getClass();
            for (RecordComponent component : type.getRecordComponents()) {
                String name = "with" + Character.toUpperCase(component.getName().charAt(0))
                        + component.getName().substring(1);
                Method with = type.getMethod(name, component.getType());
                Object other = otherValue(value, component);
                Object copy = with.invoke(value, other);
                for (RecordComponent each : type.getRecordComponents()) {
                    Object expected = each.getName().equals(component.getName()) ? other : each.getAccessor().invoke(value);
                    assertThat(each.getAccessor().invoke(copy)).as(type.getSimpleName() + "." + name + " keeps "
                            + each.getName()).isEqualTo(expected);
                }
                checked.add(type.getSimpleName() + "." + name);
            }
        }
        assertThat(checked).contains("Plan.withClient", "Client.withCompany", "Payment.withAmount",
                "ReturnItem.withHandover", "Notice.withMilestoneDate", "WriteUp.withSignOff");
    }

    /** One instance of every record type reachable from the plan, from the sample's values. */
    private static Set<Object> samples(Plan plan) throws Exception {
        Set<Class<?>> seen = new LinkedHashSet<>();
        Set<Object> found = new LinkedHashSet<>();
        walk(plan, seen, found);
        return found;
    }

    private static void walk(Object value, Set<Class<?>> seen, Set<Object> found) throws Exception {
        if (value instanceof List<?> list) {
            for (Object item : list) {
                walk(item, seen, found);
            }
            return;
        }
        if (value == null || !value.getClass().isRecord() || !seen.add(value.getClass())) {
            return;
        }
        found.add(value);
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            walk(component.getAccessor().invoke(value), seen, found);
        }
    }

    /** A value different from the component's current one, of its type. */
    private static Object otherValue(Object record, RecordComponent component) throws Exception {
        Object current = component.getAccessor().invoke(record);
        Class<?> type = component.getType();
        if (type == String.class) {
            return current + " (changed)";
        }
        if (type == boolean.class) {
            return !(Boolean) current;
        }
        if (type == int.class) {
            return (Integer) current + 1;
        }
        if (type.isEnum()) {
            Object[] values = type.getEnumConstants();
            return values[(((Enum<?>) current).ordinal() + 1) % values.length];
        }
        if (type == java.time.LocalDate.class) {
            return current == null ? java.time.LocalDate.of(2026, 1, 2) : ((java.time.LocalDate) current).plusDays(1);
        }
        if (type == java.math.BigDecimal.class) {
            return current == null ? java.math.BigDecimal.ONE : ((java.math.BigDecimal) current).add(java.math.BigDecimal.ONE);
        }
        if (type == java.util.Currency.class) {
            return java.util.Currency.getInstance("EUR").equals(current) ? java.util.Currency.getInstance("GBP")
                    : java.util.Currency.getInstance("EUR");
        }
        if (type == List.class || type == Set.class) {
            var element = (Class<?>) ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
            if (element == String.class) {
                return List.of("changed");
            }
            if (element.isEnum()) {
                return type == Set.class ? Set.of(element.getEnumConstants()[0]) : List.of(element.getEnumConstants()[0]);
            }
            return List.of();
        }
        if (type.isRecord()) {
            Method empty = type.getMethod("empty");
            Object blank = empty.invoke(null);
            return blank.equals(current) ? samples(SamplePlan.create(java.time.LocalDate.of(2026, 11,
                    26))).stream().filter(type::isInstance).findFirst()
                    .orElseThrow() : blank;
        }
        throw new AssertionError("no other value known for " + type);
    }
}
