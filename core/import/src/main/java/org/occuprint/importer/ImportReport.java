package org.occuprint.importer;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.occuprint.internal.Checks;
import org.occuprint.model.AreaProjection;
import org.occuprint.model.AreaWage;
import org.occuprint.model.Occupation;
import org.occuprint.model.Task;

/**
 * What an import produced: how many occupations, how many of them have each section, how long it took.
 *
 * <p>Section keys, in this order: {@code alsoCalled}, {@code summary}, {@code tasks}, {@code tasks.skill}
 * (occupations whose tasks carry a matched skill), {@code skills}, {@code technology}, {@code tools},
 * {@code interests}, {@code wages}, then per area {@code wages[ID]} with {@code .aggregate}, {@code .topCoded},
 * {@code .hourlyOnly} and {@code .annualOnly}, {@code outlook}, {@code outlook[US]} and its {@code .aggregate},
 * {@code typicalEducation}, {@code workExperience}, {@code onTheJobTraining}, {@code jobZone},
 * {@code industries}, {@code related}, {@code sources}, {@code dataSources}. Also {@code tasks.total} and
 * {@code tasks.withSkill} count tasks rather than occupations.
 *
 * @param occupations how many occupations the data set has
 * @param sections    section key → how many occupations have it (see above), in a fixed order
 * @param overlaid    the codes an overlay was laid over
 * @param duration    how long the import took
 * @since 0.1
 */
public record ImportReport(int occupations, Map<String, Integer> sections, List<String> overlaid, Duration duration) {
    public ImportReport {
        Checks.argument(occupations >= 0, "The occupation count '%d' must not be negative.", occupations);
        Checks.notNull(sections, "sections");
        sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
        overlaid = Checks.copyText(overlaid, "overlaid");
        Checks.notNull(duration, "duration");
    }

    /** The count for a section key, 0 when no occupation has it. */
    public int count(String section) {
        return sections.getOrDefault(section, 0);
    }

    /** Counts the sections of imported occupations. */
    static ImportReport of(List<Occupation> occupations, List<String> areaIds, List<String> overlaid, Duration duration) {
        Map<String, Integer> s = new LinkedHashMap<>();
        for (String key : List.of("alsoCalled", "summary", "tasks", "tasks.skill", "tasks.total", "tasks.withSkill",
                "skills", "technology", "tools", "interests", "wages")) {
            s.put(key, 0);
        }
        for (String id : areaIds) {
            for (String suffix : List.of("", ".aggregate", ".topCoded", ".hourlyOnly", ".annualOnly")) {
                s.put("wages[" + id + "]" + suffix, 0);
            }
        }
        for (String key : List.of("outlook", "outlook[US]", "outlook[US].aggregate", "typicalEducation",
                "workExperience", "onTheJobTraining", "jobZone", "industries", "related", "sources", "dataSources")) {
            s.put(key, 0);
        }
        for (Occupation o : occupations) {
            inc(s, "alsoCalled", !o.alsoCalled().isEmpty());
            inc(s, "summary", !o.summary().isEmpty());
            inc(s, "tasks", !o.tasks().isEmpty());
            long withSkill = o.tasks().stream().map(Task::skill).filter(Optional::isPresent).count();
            inc(s, "tasks.skill", withSkill > 0);
            s.merge("tasks.total", o.tasks().size(), Integer::sum);
            s.merge("tasks.withSkill", (int) withSkill, Integer::sum);
            inc(s, "skills", !o.skills().isEmpty());
            inc(s, "technology", !o.technology().isEmpty());
            inc(s, "tools", !o.tools().isEmpty());
            inc(s, "interests", !o.interests().codes().isEmpty());
            inc(s, "wages", o.wages().map(w -> !w.areas().isEmpty()).orElse(false));
            for (AreaWage a : o.wages().map(w -> w.areas()).orElse(List.of())) {
                String k = "wages[" + a.area().id() + "]";
                inc(s, k, true);
                inc(s, k + ".aggregate", a.aggregate().isPresent());
                inc(s, k + ".topCoded", a.topCoded().isPresent());
                inc(s, k + ".hourlyOnly", a.hourly().isPresent() && a.annual().isEmpty());
                inc(s, k + ".annualOnly", a.annual().isPresent() && a.hourly().isEmpty());
            }
            inc(s, "outlook", o.outlook().isPresent());
            for (AreaProjection a : o.outlook().map(x -> x.areas()).orElse(List.of())) {
                String k = "outlook[" + a.area().id() + "]";
                inc(s, k, true);
                inc(s, k + ".aggregate", a.aggregate().isPresent());
            }
            inc(s, "typicalEducation", o.typicalEducation().isPresent());
            inc(s, "workExperience", o.workExperience().isPresent());
            inc(s, "onTheJobTraining", o.onTheJobTraining().isPresent());
            inc(s, "jobZone", o.jobZone().isPresent());
            inc(s, "industries", !o.industries().isEmpty());
            inc(s, "related", !o.related().isEmpty());
            inc(s, "sources", !o.sources().isEmpty());
            inc(s, "dataSources", !o.dataSources().isEmpty());
        }
        return new ImportReport(occupations.size(), s, overlaid, duration);
    }

    private static void inc(Map<String, Integer> s, String key, boolean when) {
        if (when) {
            s.merge(key, 1, Integer::sum);
        } else {
            s.putIfAbsent(key, 0);
        }
    }

    /** A readable summary, one line per section: "Imported 923 occupations in 4.2 s" then "  tasks  923". */
    public String summary() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "Imported %d occupations in %.1f s",
                occupations, duration.toMillis() / 1000.0));
        if (!overlaid.isEmpty()) {
            sb.append(" (overlays: ").append(String.join(", ", overlaid)).append(')');
        }
        int width = sections.keySet().stream().mapToInt(String::length).max().orElse(0);
        sections.forEach((k, v) -> sb.append('\n')
                .append(String.format(Locale.ROOT, "  %-" + width + "s  %6d", k, v)));
        return sb.toString();
    }

    @Override
    public String toString() {
        return summary();
    }
}
