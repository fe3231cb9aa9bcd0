package org.occuprint.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.occuprint.Occuprint;
import org.occuprint.compose.PacketComposer;
import org.occuprint.model.Occupation;
import org.occuprint.options.RenderOptions;
import org.occuprint.render.ProfileRenderer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code occuprint packet CODE|FILE.json ...}: a client packet comparing several occupations, in one file. */
@Command(name = "packet", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Print a client packet: a page comparing " + PacketComposer.MIN + " to " + PacketComposer.MAX
                + " occupations side by side, then each one's handout, in one file.",
        footer = {"", "Examples:",
                "  occuprint packet 29-2072.00 29-9021.00 43-6013.00 --area CBSA-40140 --area US --out packet.pdf",
                "  occuprint packet 29-1141.00 31-9092.00 --summary --note \"For Ana: the two we talked about.\" --out ana.docx",
                "",
                "The format follows the file name (.pdf, .docx, .html) unless --format says otherwise.",
                "Prints the path of the file written. Exit codes: 0 done, 1 bad input or data, 2 wrong usage."})
final class PacketCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "CODE|FILE.json",
            description = "The occupations, in the packet's order: O*NET-SOC codes like 29-2072.00 or profile JSON files.")
    List<String> profiles = new ArrayList<>();

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", required = true,
            description = "The file to write (its folder is created if missing).")
    Path out;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "pdf, docx or html. Default: from the file name's extension, else pdf.")
    String format;

    @Option(names = "--data", paramLabel = "FILE",
            description = "A data set (JSON Lines, optionally gzipped) to look codes up in, instead of the embedded one.")
    Path data;

    @Mixin
    HandoutOptions handout;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        if (profiles.size() < PacketComposer.MIN || profiles.size() > PacketComposer.MAX) {
            throw CliException.usage("a packet holds " + PacketComposer.MIN + " to " + PacketComposer.MAX
                    + " occupations; " + profiles.size() + (profiles.size() == 1 ? " was" : " were") + " given");
        }
        ProfileRenderer renderer = RenderCommand.renderers(List.of(format != null ? format : formatOf(out))).get(0);
        if (!renderer.supportsPackets()) {
            throw CliException.usage("the format '" + renderer.format().id() + "' cannot hold a packet");
        }
        Catalog catalog = Catalog.open(data);
        RenderOptions options = handout.toRenderOptions(catalog.agency(), catalog.get().defaultAreas());
        List<Occupation> occupations = load(catalog, profiles);
        for (Occupation o : occupations) {
            catalog.get().checkAreas(options.areas(), o);
        }
        stdout.println(Occuprint.writePacket(occupations, options, renderer, out));
        return 0;
    }

    /** The format a file name asks for: its extension when it is one of ours, else pdf. */
    private static String formatOf(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        return switch (ext) {
            case "docx", "html" -> ext;
            default -> "pdf";
        };
    }

    /** Every occupation, or one line naming every code the data does not have and every file that is missing. */
    private static List<Occupation> load(Catalog catalog, List<String> profiles) {
        List<String> unknown = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> neither = new ArrayList<>();
        for (String p : profiles) {
            boolean file = p.endsWith(".json") || Files.isRegularFile(Path.of(p));
            if (file && !Files.isRegularFile(Path.of(p))) {
                missing.add(p);
            } else if (!file && !Occupation.CODE_PATTERN.matcher(p).matches()) {
                neither.add(p);
            } else if (!file && !catalog.data().contains(p)) {
                unknown.add(p);
            }
        }
        List<String> problems = new ArrayList<>();
        if (!unknown.isEmpty()) {
            problems.add("unknown occupation code" + (unknown.size() == 1 ? " " : "s ") + String.join(", ", unknown)
                    + " (not in the " + (catalog.isEmbedded() ? "embedded data" : "data set " + catalog.data().source())
                    + "; try 'occuprint search WORDS')");
        }
        if (!neither.isEmpty()) {
            problems.add("not an occupation code like 29-2072.00 nor a .json file: " + String.join(", ", neither));
        }
        if (!missing.isEmpty()) {
            problems.add("no such profile file" + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing));
        }
        if (!problems.isEmpty()) {
            String line = String.join("; ", problems);
            throw CliException.data(Character.toUpperCase(line.charAt(0)) + line.substring(1) + "; nothing was written");
        }
        List<Occupation> out = new ArrayList<>();
        for (String p : profiles) {
            out.add(catalog.get().resolve(p));
        }
        return out;
    }
}
