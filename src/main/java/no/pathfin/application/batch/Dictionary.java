package no.pathfin.application.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Numbers values on first sight, 0, 1, 2, …; safe to share between threads. */
final class Dictionary<T> {

    private final Map<T, Integer> ids = new ConcurrentHashMap<>();
    private final List<T> values = new ArrayList<>();

    int id(T value) {
        Integer id = ids.get(value);
        return id != null ? id : add(value);
    }

    private synchronized int add(T value) {
        Integer id = ids.get(value);
        if (id != null) {
            return id;
        }
        values.add(value);
        ids.put(value, values.size() - 1);
        return values.size() - 1;
    }

    synchronized List<T> values() {
        return List.copyOf(values);
    }
}
