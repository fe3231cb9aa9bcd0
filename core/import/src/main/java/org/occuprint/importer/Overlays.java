package org.occuprint.importer;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.occuprint.io.ProfileFormatException;
import org.occuprint.io.ProfileJson;
import org.occuprint.io.ProfileProblem;
import org.occuprint.model.DataSource;
import org.occuprint.model.Occupation;
import org.occuprint.model.Outlook;

/**
 * Hand-written profiles laid over the imported ones. The rule: for the overlay's code, every field the overlay
 * has (a non-empty list, a present value, the title) replaces the imported one, except the figures, which
 * always come from the raw files: {@code wages}, {@code outlook.areas} (with the outlook's years and source),
 * {@code typicalEducation}, {@code workExperience}, {@code onTheJobTraining} and {@code jobZone}. The overlay's
 * {@code outlook.text} is kept.
 */
final class Overlays {
    private Overlays() {
    }

    /** One overlay and the file it came from. */
    record Overlay(Path file, Occupation profile) {
    }

    /** The overlays by code; two overlays for one code, or an invalid profile, stop the import. */
    static Map<String, Overlay> read(List<Path> files) {
        Map<String, Overlay> out = new TreeMap<>();
        for (Path f : files) {
            Occupation o;
            try {
                o = ProfileJson.read(f);
            } catch (ProfileFormatException e) {
                ProfileProblem first = e.problems().get(0);
                throw new ImportException(f, first.line(), "not a valid profile: " + first
                        + (e.problems().size() > 1 ? " (and " + (e.problems().size() - 1) + " more problems)" : ""), e);
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof java.nio.file.NoSuchFileException) {
                    throw new ImportException(f, 0, "file not found", e);
                }
                throw new ImportException(f, 0, "cannot read the overlay: " + e.getMessage(), e);
            }
            Overlay earlier = out.putIfAbsent(o.code(), new Overlay(f, o));
            if (earlier != null) {
                throw new ImportException(f, 0, "a second overlay for '" + o.code() + "' (the first is "
                        + earlier.file() + ")");
            }
        }
        return out;
    }

    /** The imported occupation with the overlay's fields laid over it (see the class comment for the rule). */
    static Occupation merge(Occupation imported, Occupation overlay) {
        Occupation.Builder b = imported.toBuilder().title(overlay.title());
        if (!overlay.alsoCalled().isEmpty()) {
            b.alsoCalled(overlay.alsoCalled());
        }
        if (!overlay.specialties().isEmpty()) {
            b.specialties(overlay.specialties());
        }
        if (!overlay.summary().isEmpty()) {
            b.summary(overlay.summary());
        }
        if (!overlay.tasks().isEmpty()) {
            b.tasks(overlay.tasks());
        }
        if (!overlay.skills().isEmpty()) {
            b.skills(overlay.skills());
        }
        if (!overlay.tools().isEmpty()) {
            b.tools(overlay.tools());
        }
        if (!overlay.technology().isEmpty()) {
            b.technology(overlay.technology());
        }
        if (!overlay.workingConditions().isEmpty()) {
            b.workingConditions(overlay.workingConditions());
        }
        if (!overlay.interests().isEmpty()) {
            b.interests(overlay.interests());
        }
        if (!overlay.benefits().isEmpty()) {
            b.benefits(overlay.benefits());
        }
        if (!overlay.education().isEmpty()) {
            b.education(overlay.education());
        }
        if (!overlay.licensing().isEmpty()) {
            b.licensing(overlay.licensing());
        }
        if (!overlay.certification().isEmpty()) {
            b.certification(overlay.certification());
        }
        if (!overlay.advancement().isEmpty()) {
            b.advancement(overlay.advancement());
        }
        if (!overlay.findingWork().isEmpty()) {
            b.findingWork(overlay.findingWork());
        }
        if (!overlay.industries().isEmpty()) {
            b.industries(overlay.industries());
        }
        if (!overlay.employerHeadings().isEmpty()) {
            b.employerHeadings(overlay.employerHeadings());
        }
        if (!overlay.related().isEmpty()) {
            b.related(overlay.related());
        }
        if (!overlay.sources().isEmpty()) {
            b.sources(overlay.sources());
        }
        if (!overlay.dataSources().isEmpty()) {
            // the overlay words the sources it knows; a source of imported figures it does not name stays
            List<DataSource> sources = new ArrayList<>(overlay.dataSources());
            Set<String> named = new HashSet<>();
            overlay.dataSources().forEach(d -> named.add(d.name()));
            imported.dataSources().stream().filter(d -> !named.contains(d.name())).forEach(sources::add);
            b.dataSources(sources);
        }
        Optional<Outlook> text = overlay.outlook().filter(o -> !o.text().isEmpty());
        if (text.isPresent()) {
            Outlook given = text.get();
            b.outlook(imported.outlook()
                    .map(o -> new Outlook(o.baseYear(), o.projectedYear(), o.source(), o.areas(), given.text()))
                    .orElseGet(() -> new Outlook(given.baseYear(), given.projectedYear(), given.source(), List.of(),
                            given.text())));
        }
        return b.build();
    }
}
