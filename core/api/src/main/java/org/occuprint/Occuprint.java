package org.occuprint;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.occuprint.compose.PacketComposer;
import org.occuprint.compose.PacketDocument;
import org.occuprint.compose.ProfileComposer;
import org.occuprint.compose.ProfileDocument;
import org.occuprint.error.OutputException;
import org.occuprint.internal.AtomicFiles;
import org.occuprint.internal.Checks;
import org.occuprint.model.Occupation;
import org.occuprint.options.InvalidOptionException;
import org.occuprint.options.RenderOptions;
import org.occuprint.render.OutputFormat;
import org.occuprint.render.ProfileRenderer;
import org.occuprint.render.RenderException;
import org.occuprint.render.Renderers;

/**
 * The short way in: compose a profile once and write it in one or several formats.
 *
 * <pre>{@code
 * Occupation o = ProfileJson.read(Path.of("29-2072.00.json"));           // or DataSet.embedded().find("29-2072.00")
 * RenderOptions options = RenderOptions.builder().agency("EDD").areas(List.of("CBSA-40140", "US")).build();
 *
 * byte[] html = Occuprint.render(o, options, "html");                    // a format of the class path, by id
 * byte[] pdf = Occuprint.render(o, options, new PdfRenderer(PdfOptions.defaults().withTagged(false)));
 * List<Path> files = Occuprint.write(o, options, Path.of("out"), "pdf", "docx");   // all or none
 * }</pre>
 *
 * <p>A format is given either by its id ({@code "pdf"}: the renderer found on the class path, with its default
 * settings) or as a renderer instance carrying its own settings. Every failure is an
 * {@link org.occuprint.error.OccuprintException}: {@link RenderException} (an unknown format, a failed render),
 * {@link OutputException} (a file that cannot be written), {@link InvalidOptionException} (a locale without
 * wording). For explicit wiring use {@link ProfileComposer} and {@link Renderers} directly. Thread-safe.
 *
 * @since 0.1
 */
public final class Occuprint {
    private static final ProfileComposer COMPOSER = new ProfileComposer();

    private Occuprint() {
    }

    /** The renderers on the class path (discovered once, then cached). */
    public static Renderers renderers() {
        return Holder.RENDERERS;
    }

    private static final class Holder {
        static final Renderers RENDERERS = Renderers.discover();
    }

    /**
     * Composes a profile: every word the handout will print.
     *
     * @throws InvalidOptionException if the options' locale has no wording
     */
    public static ProfileDocument compose(Occupation occupation, RenderOptions options) {
        return COMPOSER.compose(occupation, options);
    }

    /**
     * Composes and renders a profile to a stream (not closed), in a format of the class path.
     *
     * @throws RenderException if no renderer has this format id (the message lists the known ids) or rendering fails
     */
    public static void render(Occupation occupation, RenderOptions options, String formatId, OutputStream out) {
        render(occupation, options, renderers().require(formatId), out);
    }

    /** Composes and renders a profile to a stream (not closed) with this renderer and its settings. */
    public static void render(Occupation occupation, RenderOptions options, ProfileRenderer renderer, OutputStream out) {
        Checks.notNull(renderer, "renderer");
        Checks.notNull(out, "out");
        renderer.render(compose(occupation, options), out);
    }

    /** Composes and renders a profile to bytes, in a format of the class path. */
    public static byte[] render(Occupation occupation, RenderOptions options, String formatId) {
        return render(occupation, options, renderers().require(formatId));
    }

    /** Composes and renders a profile to bytes with this renderer and its settings. */
    public static byte[] render(Occupation occupation, RenderOptions options, ProfileRenderer renderer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        render(occupation, options, renderer, out);
        return out.toByteArray();
    }

    /**
     * Composes the profile once and writes it into {@code directory} (created if missing) in each of these
     * formats of the class path, under the standard file names ({@link #fileName}). All or none: if one format
     * fails, no file is left.
     *
     * @return the files written, in the order of the formats
     * @throws RenderException if a format id is unknown (before anything is written) or rendering fails
     * @throws OutputException if the directory or a file cannot be written
     */
    public static List<Path> write(Occupation occupation, RenderOptions options, Path directory, String... formatIds) {
        Checks.notNull(formatIds, "formatIds");
        Renderers all = renderers();
        return write(occupation, options, directory, Arrays.stream(formatIds).map(all::require).toList());
    }

    /**
     * As {@link #write(Occupation, RenderOptions, Path, String...)}, with these renderers and their settings.
     *
     * @throws IllegalArgumentException if no renderer is given or two write the same file extension
     */
    public static List<Path> write(Occupation occupation, RenderOptions options, Path directory,
            List<? extends ProfileRenderer> renderers) {
        Checks.notNull(directory, "directory");
        List<ProfileRenderer> list = Checks.copy(renderers, "renderers");
        Checks.argument(!list.isEmpty(), "At least one renderer is needed.");
        Checks.argument(list.stream().map(r -> r.format().fileExtension()).distinct().count() == list.size(),
                "Two renderers would write the same file name: %s.",
                list.stream().map(r -> r.format().id()).toList());
        ProfileDocument doc = compose(occupation, options);
        createDirectory(directory);
        AtomicFiles.Batch batch = new AtomicFiles.Batch();
        for (ProfileRenderer r : list) {
            batch.add(directory.resolve(fileName(occupation, r.format())), out -> r.render(doc, out));
        }
        return batch.commit();
    }

    /**
     * Composes a client packet of 2 to 20 occupations ({@link PacketComposer}).
     *
     * @throws org.occuprint.options.InvalidOptionException if the number of occupations is wrong, one is there
     *                                                      twice, or the locale is not supported
     * @since 0.3
     */
    public static PacketDocument composePacket(List<Occupation> occupations, RenderOptions options) {
        return new PacketComposer().compose(occupations, options);
    }

    /**
     * Composes a client packet and writes it to {@code file} with this renderer, atomically: the file is
     * there, whole, or not at all.
     *
     * @throws RenderException if the renderer does not lay out packets (before anything is written) or fails
     * @throws OutputException if the file cannot be written
     * @since 0.3
     */
    public static Path writePacket(List<Occupation> occupations, RenderOptions options, ProfileRenderer renderer,
            Path file) {
        Checks.notNull(renderer, "renderer");
        Checks.notNull(file, "file");
        if (!renderer.supportsPackets()) {
            throw RenderException.of("packet", renderer.format().id(), "this renderer does not lay out packets", null);
        }
        PacketDocument packet = composePacket(occupations, options);
        Path parent = file.getParent();
        if (parent != null) {
            createDirectory(parent);
        }
        AtomicFiles.write(file, out -> renderer.render(packet, out));
        return file;
    }

    /**
     * Composes and renders a profile into {@code directory} under its standard file name, atomically.
     *
     * @return the file written
     */
    public static Path renderToDirectory(Occupation occupation, RenderOptions options, String formatId, Path directory) {
        return write(occupation, options, directory, formatId).get(0);
    }

    /**
     * Creates a folder for output (with its parents) and checks that files can be written into it.
     *
     * @throws OutputException naming the folder and the reason
     */
    public static void createDirectory(Path directory) {
        Checks.notNull(directory, "directory");
        try {
            Files.createDirectories(directory);
        } catch (java.io.IOException e) {
            throw new OutputException(directory, AtomicFiles.reason(e), e);
        }
        if (!Files.isDirectory(directory) || !Files.isWritable(directory)) {
            throw new OutputException(directory, "not a writable directory", null);
        }
    }

    /**
     * The standard file name of a profile in a format: {@code <code>-<title-slug>.<ext>}, for example
     * {@code 29-2072.00-medical-records-specialists.pdf}.
     */
    public static String fileName(Occupation occupation, OutputFormat format) {
        return occupation.code() + "-" + slug(occupation.title()) + "." + format.fileExtension();
    }

    /** Lowercase ASCII words joined by dashes, at most 60 characters: "Médical Records & Co." → "medical-records-co". */
    private static String slug(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 60) {
            s = s.substring(0, 60).replaceAll("-[^-]*$", "");
        }
        return s.isEmpty() ? "profile" : s;
    }
}
