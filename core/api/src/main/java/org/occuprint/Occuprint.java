package org.occuprint;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;

import org.occuprint.compose.ProfileComposer;
import org.occuprint.compose.ProfileDocument;
import org.occuprint.internal.AtomicFiles;
import org.occuprint.model.Occupation;
import org.occuprint.options.RenderOptions;
import org.occuprint.render.OutputFormat;
import org.occuprint.render.ProfileRenderer;
import org.occuprint.render.RenderException;
import org.occuprint.render.Renderers;

/**
 * The short way in: compose and render a profile in one call, with the renderers found on the class path.
 *
 * <pre>{@code
 * Occupation o = ProfileJson.read(Path.of("29-2072.00.json"));
 * RenderOptions options = RenderOptions.builder().agency("EDD").areas(List.of("CBSA-40140", "US")).build();
 * Path written = Occuprint.renderToDirectory(o, options, "pdf", Path.of("out"));   // out/29-2072.00-medical-records-specialists.pdf
 * byte[] html = Occuprint.render(o, options, "html");                              // for a servlet response
 * }</pre>
 *
 * <p>For more control (explicit renderer wiring, one composition rendered in several formats) use
 * {@link ProfileComposer} and {@link Renderers} directly. Thread-safe.
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

    /** Composes a profile: every word the handout will print. */
    public static ProfileDocument compose(Occupation occupation, RenderOptions options) {
        return COMPOSER.compose(occupation, options);
    }

    /**
     * Composes and renders a profile to a stream (not closed).
     *
     * @throws IllegalArgumentException if no renderer has this format id (the message lists the known ids)
     * @throws RenderException          if rendering fails
     */
    public static void render(Occupation occupation, RenderOptions options, String formatId, OutputStream out) {
        ProfileRenderer renderer = renderers().require(formatId);
        renderer.render(compose(occupation, options), out);
    }

    /** Composes and renders a profile to bytes. */
    public static byte[] render(Occupation occupation, RenderOptions options, String formatId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        render(occupation, options, formatId, out);
        return out.toByteArray();
    }

    /**
     * Composes and renders a profile into {@code directory} under its standard file name
     * ({@link #fileName}) with {@link AtomicFiles}, so that a failure never leaves a partial file.
     *
     * @return the file written
     */
    public static Path renderToDirectory(Occupation occupation, RenderOptions options, String formatId, Path directory) {
        ProfileRenderer renderer = renderers().require(formatId);
        Path target = directory.resolve(fileName(occupation, renderer.format()));
        ProfileDocument doc = compose(occupation, options);
        AtomicFiles.write(target, out -> renderer.render(doc, out));
        return target;
    }

    /**
     * The standard file name of a profile in a format: {@code <code>-<title-slug>.<ext>}, for example
     * {@code 29-2072.00-medical-records-specialists.pdf}.
     */
    public static String fileName(Occupation occupation, OutputFormat format) {
        return occupation.code() + "-" + slug(occupation.title()) + "." + format.fileExtension();
    }

    /** Lowercase ASCII words joined by dashes, at most 60 characters: "Médical Records & Co." → "medical-records-co". */
    public static String slug(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 60) {
            s = s.substring(0, 60).replaceAll("-[^-]*$", "");
        }
        return s.isEmpty() ? "profile" : s;
    }
}
