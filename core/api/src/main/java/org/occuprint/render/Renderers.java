package org.occuprint.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

import org.occuprint.internal.Checks;

/**
 * A set of renderers with distinct format ids.
 *
 * <pre>{@code
 * Renderers renderers = Renderers.discover();            // everything on the class path
 * ProfileRenderer pdf = renderers.require("pdf");
 * Renderers mine = Renderers.of(new MarkdownRenderer()); // explicit wiring, no ServiceLoader
 * }</pre>
 *
 * @since 0.1
 */
public final class Renderers {
    private final Map<String, ProfileRenderer> byId;
    private final List<String> order;

    private Renderers(Collection<ProfileRenderer> renderers) {
        Map<String, ProfileRenderer> map = new LinkedHashMap<>();
        for (ProfileRenderer r : renderers) {
            Checks.notNull(r, "renderer");
            OutputFormat f = Checks.notNull(r.format(), "format");
            ProfileRenderer previous = map.putIfAbsent(f.id(), r);
            if (previous != null) {
                throw new IllegalStateException("Two renderers claim the format id '" + f.id() + "': "
                        + previous.getClass().getName() + " and " + r.getClass().getName());
            }
        }
        this.byId = Map.copyOf(map);
        this.order = List.copyOf(map.keySet());
    }

    /** The renderers registered with ServiceLoader, seen from this class's class loader. */
    public static Renderers discover() {
        return discover(Renderers.class.getClassLoader());
    }

    /**
     * The renderers registered with ServiceLoader in {@code loader}.
     *
     * @throws IllegalStateException if two renderers claim one format id (the message names both classes)
     */
    public static Renderers discover(ClassLoader loader) {
        List<ProfileRenderer> found = new ArrayList<>();
        ServiceLoader.load(ProfileRenderer.class, loader).forEach(found::add);
        return new Renderers(found);
    }

    /**
     * Exactly these renderers.
     *
     * @throws IllegalStateException if two renderers claim one format id (the message names both classes)
     */
    public static Renderers of(ProfileRenderer... renderers) {
        return new Renderers(Arrays.asList(renderers));
    }

    /** Exactly these renderers. */
    public static Renderers of(Collection<? extends ProfileRenderer> renderers) {
        return new Renderers(new ArrayList<>(renderers));
    }

    /** These renderers plus {@code more}; a clash of format ids is an error. */
    public Renderers with(ProfileRenderer... more) {
        List<ProfileRenderer> all = new ArrayList<>(list());
        all.addAll(Arrays.asList(more));
        return new Renderers(all);
    }

    /** The renderer for this format id, if any. */
    public Optional<ProfileRenderer> get(String formatId) {
        return Optional.ofNullable(byId.get(formatId));
    }

    /**
     * The renderer for this format id.
     *
     * @throws RenderException naming the known ids if there is none
     */
    public ProfileRenderer require(String formatId) {
        Checks.notNull(formatId, "formatId");
        ProfileRenderer r = byId.get(formatId);
        if (r == null) {
            throw new RenderException("Unknown format '" + formatId + "' (known: " + String.join(", ", ids()) + ")",
                    formatId, null, null);
        }
        return r;
    }

    /**
     * The renderers for these format ids, as a person types them: trimmed, any case, blank ones and repeats
     * left out, in the order given.
     *
     * @throws RenderException naming the first unknown id and the known ones, or saying that none was given
     */
    public List<ProfileRenderer> select(Collection<String> formatIds) {
        Set<String> unique = new LinkedHashSet<>();
        for (String id : Checks.copy(formatIds, "formatIds")) {
            String f = id.trim().toLowerCase(Locale.ROOT);
            if (!f.isEmpty()) {
                if (!byId.containsKey(f)) {
                    throw new RenderException("Unknown format '" + id.trim() + "' (valid: " + String.join(", ", ids()) + ")",
                            f, null, null);
                }
                unique.add(f);
            }
        }
        if (unique.isEmpty()) {
            throw new RenderException("No format given (valid: " + String.join(", ", ids()) + ")", null, null, null);
        }
        return unique.stream().map(byId::get).toList();
    }

    /** The format ids, in discovery order. */
    public List<String> ids() {
        return order;
    }

    /** The formats, in discovery order. */
    public List<OutputFormat> formats() {
        return order.stream().map(id -> byId.get(id).format()).toList();
    }

    /** The renderers, in discovery order. */
    public List<ProfileRenderer> list() {
        return order.stream().map(byId::get).toList();
    }
}
