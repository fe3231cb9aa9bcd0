package org.occuprint.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Argument checks for constructors, with messages that name the parameter and quote the value.
 */
public final class Checks {
    private Checks() {
    }

    public static <T> T notNull(@Nullable T value, String name) {
        if (value == null) {
            throw new NullPointerException("The parameter '" + name + "' must not be null.");
        }
        return value;
    }

    public static String notBlank(@Nullable String value, String name) {
        notNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException("The parameter '" + name + "' must not be blank.");
        }
        return value;
    }

    /** An immutable copy that refuses null elements, naming the list and the index. */
    public static <T> List<T> copy(@Nullable Collection<? extends T> values, String name) {
        if (values == null) {
            return List.of();
        }
        List<T> out = new ArrayList<>(values.size());
        int i = 0;
        for (T value : values) {
            if (value == null) {
                throw new NullPointerException("The parameter '" + name + "' must not contain null (index " + i + ").");
            }
            out.add(value);
            i++;
        }
        return List.copyOf(out);
    }

    /** An immutable copy of strings that refuses null and blank elements. */
    public static List<String> copyText(@Nullable Collection<String> values, String name) {
        List<String> out = copy(values, name);
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).isBlank()) {
                throw new IllegalArgumentException("The parameter '" + name + "' must not contain blank text (index " + i + ").");
            }
        }
        return out;
    }

    public static void argument(boolean condition, String message, Object... args) {
        if (!condition) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, message, args));
        }
    }
}
