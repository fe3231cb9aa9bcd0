package org.occuprint.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.occuprint.Occuprint;
import org.occuprint.model.Occupation;
import org.occuprint.options.RenderOptions;
import org.occuprint.render.ProfileRenderer;
import org.occuprint.render.RenderException;

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
        RenderOptions options = handout.toRenderOptions(catalog.agency(), catalog.get().defaultAreas());
        Occupation occupation = load(catalog, profile);
        boolean fromFile = profile.endsWith(".json") || Files.isRegularFile(Path.of(profile));
        if (handout.areas.isEmpty() && fromFile) {
            // a profile of one's own: the default areas it has figures for, else all of its own
            Set<String> own = occupation.areaIds();
            options = options.toBuilder().areas(options.areas().stream().filter(own::contains).toList()).build();
        }
        catalog.get().checkAreas(options.areas(), occupation);
        List<Path> written = Occuprint.write(occupation, options, out, renderers);
        written.forEach(p -> stdout.println(p));
        return 0;
    }

    /** The renderers for --format; an unknown or missing format is a usage error. */
    static List<ProfileRenderer> renderers(List<String> ids) {
        try {
            return Occuprint.renderers().select(ids);
        } catch (RenderException e) {
            throw CliException.usage(Character.toLowerCase(e.getMessage().charAt(0)) + e.getMessage().substring(1));
        }
    }

    /** A code of the data set or a profile JSON file; an unknown code gets a hint to search. */
    static Occupation load(Catalog catalog, String profile) {
        if (!profile.endsWith(".json") && !Files.isRegularFile(Path.of(profile))
                && Occupation.CODE_PATTERN.matcher(profile).matches() && !catalog.data().contains(profile)) {
            throw CliException.data("Unknown occupation code '" + profile + "': it is not in the "
                    + (catalog.isEmbedded() ? "embedded data" : "data set " + catalog.data().source())
                    + " (try 'occuprint search WORDS')");
        }
        return catalog.get().resolve(profile);
    }
}
