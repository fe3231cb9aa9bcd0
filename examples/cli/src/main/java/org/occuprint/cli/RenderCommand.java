package org.occuprint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.occuprint.Occuprint;
import org.occuprint.compose.ProfileDocument;
import org.occuprint.internal.AtomicFiles;
import org.occuprint.io.ProfileJson;
import org.occuprint.model.KnownAreas;
import org.occuprint.model.Occupation;
import org.occuprint.options.RenderOptions;
import org.occuprint.render.ProfileRenderer;
import org.occuprint.render.Renderers;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code occuprint render CODE|FILE.json}: one handout in one or more formats. */
@Command(name = "render", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Print one handout: the occupation by code (from the embedded data) or a profile JSON file.",
        footer = {"", "Examples:",
                "  occuprint render 29-2072.00",
                "  occuprint render 29-2072.00 --format pdf,docx --area CBSA-40140 --area US --out handouts",
                "  occuprint render 29-2072.00 --summary --note \"Call Ana at the job center on Monday.\" --office \"Riverside Job Center\\n(951) 555-0100\"",
                "  occuprint render my-profile.json --format html --printed-on 2022-05-21",
                "",
                "Prints the paths of the files written. Exit codes: 0 done, 1 bad input or data, 2 wrong usage."})
final class RenderCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CODE|FILE.json",
            description = "An O*NET-SOC code like 29-2072.00 (see 'occuprint search'), or a profile JSON file.")
    String profile;

    @Option(names = {"-f", "--format"}, split = ",", paramLabel = "FORMAT",
            description = "html, pdf or docx; repeatable or comma-separated. Default: pdf.")
    List<String> formats = new ArrayList<>();

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = ".",
            description = "Directory to write to (created if missing). Default: the current directory.")
    Path out;

    @Option(names = "--data", paramLabel = "FILE",
            description = "A data set (JSON Lines, optionally gzipped) to look codes up in, instead of the embedded one.")
    Path data;

    @Mixin
    HandoutOptions handout;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        Catalog catalog = Catalog.open(data);
        List<ProfileRenderer> renderers = renderers(formats.isEmpty() ? List.of("pdf") : formats);
        RenderOptions options = handout.toRenderOptions(catalog.agency());
        Occupation occupation = load(catalog, profile);
        Set<String> own = new LinkedHashSet<>();
        occupation.wages().ifPresent(w -> w.areas().forEach(a -> own.add(a.area().id())));
        occupation.outlook().ifPresent(w -> w.areas().forEach(a -> own.add(a.area().id())));
        checkAreas(catalog, own, options.areas());
        Path dir = prepareDirectory(out);
        ProfileDocument doc = Occuprint.compose(occupation, options);
        List<Path> written = writeAll(dir, occupation, doc, renderers);
        written.forEach(p -> stdout.println(p));
        return 0;
    }

    static List<ProfileRenderer> renderers(List<String> ids) {
        Renderers all = Occuprint.renderers();
        Set<String> unique = new LinkedHashSet<>();
        for (String id : ids) {
            String f = id.trim().toLowerCase(java.util.Locale.ROOT);
            if (f.isEmpty()) {
                continue;
            }
            if (all.get(f).isEmpty()) {
                throw CliException.usage("unknown format '" + id + "' (valid: " + String.join(", ", all.ids()) + ")");
            }
            unique.add(f);
        }
        if (unique.isEmpty()) {
            throw CliException.usage("no format given (valid: " + String.join(", ", all.ids()) + ")");
        }
        return unique.stream().map(all::require).toList();
    }

    static Occupation load(Catalog catalog, String profile) {
        Path file = Path.of(profile);
        if (profile.endsWith(".json") || Files.isRegularFile(file)) {
            if (!Files.isRegularFile(file)) {
                throw CliException.data("Cannot read the profile " + profile + ": no such file");
            }
            return ProfileJson.read(file);
        }
        if (!Occupation.CODE_PATTERN.matcher(profile).matches()) {
            throw CliException.data("'" + profile + "' is neither an occupation code like 29-2072.00 nor a .json file");
        }
        return catalog.find(profile).orElseThrow(() -> CliException.data("Unknown occupation code '" + profile
                + "': it is not in the embedded data (try 'occuprint search WORDS')"));
    }

    /** Every --area must be in the data, in the profile itself ({@code own}) or a known area. */
    static void checkAreas(Catalog catalog, Set<String> own, List<String> areas) {
        if (areas.isEmpty()) {
            return;
        }
        Set<String> known = new LinkedHashSet<>(catalog.areaIds());
        known.addAll(own);
        for (String id : areas) {
            if (!known.contains(id) && KnownAreas.find(id).isEmpty()) {
                throw CliException.data("Unknown area '" + id + "' (the data has: " + String.join(", ", known)
                        + "; states are ST-NN by FIPS code, e.g. ST-06)");
            }
        }
    }

    static Path prepareDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw CliException.data("Cannot write to " + dir + ": " + AtomicFiles.reason(e));
        }
        if (!Files.isDirectory(dir) || !Files.isWritable(dir)) {
            throw CliException.data("Cannot write to " + dir + ": not a writable directory");
        }
        return dir;
    }

    /** Writes every format; a failure leaves no file behind (all or none). */
    static List<Path> writeAll(Path dir, Occupation occupation, ProfileDocument doc, List<ProfileRenderer> renderers) {
        AtomicFiles.Batch batch = new AtomicFiles.Batch();
        for (ProfileRenderer r : renderers) {
            batch.add(dir.resolve(Occuprint.fileName(occupation, r.format())), os -> r.render(doc, os));
        }
        return batch.commit();
    }
}
