package dev.offboard.plan;

import java.lang.reflect.RecordComponent;
import java.util.Map;

/** A record copied with some components changed, named: tests stay right when a record gains a component. */
public final class Copies {

    private Copies() {
    }

    @SuppressWarnings("unchecked")
    public static <R extends Record> R with(R record, Map<String, Object> changes) {
        try {
            RecordComponent[] components = record.getClass().getRecordComponents();
            Object[] args = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                args[i] = changes.containsKey(components[i].getName()) ? changes.get(components[i].getName())
                        : components[i].getAccessor().invoke(record);
            }
            if (!java.util.Arrays.stream(components).map(RecordComponent::getName).toList()
                    .containsAll(changes.keySet())) {
                throw new IllegalArgumentException("no such component in " + changes.keySet());
            }
            return (R) record.getClass().getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
