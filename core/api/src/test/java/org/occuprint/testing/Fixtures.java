package org.occuprint.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.occuprint.compose.PacketComposer;
import org.occuprint.compose.PacketDocument;
import org.occuprint.compose.ProfileComposer;
import org.occuprint.compose.ProfileDocument;
import org.occuprint.io.ProfileJson;
import org.occuprint.model.Occupation;
import org.occuprint.options.Detail;
import org.occuprint.options.PageSize;
import org.occuprint.options.RenderOptions;

/**
 * Shared test fixtures (published in occuprint-core's test jar for the renderer modules' tests).
 */
public final class Fixtures {
    /** The print date all golden texts use. */
    public static final LocalDate PRINT_DATE = LocalDate.of(2022, 5, 21);
    public static final String PRINTED_ON = "Printed on Saturday, May 21, 2022";
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private Fixtures() {
    }

    /** The repository root (set by the parent POM's surefire configuration, else found by walking up). */
    public static Path root() {
        String prop = System.getProperty("occuprint.root");
        if (prop != null && Files.isDirectory(Path.of(prop, "examples"))) {
            return Path.of(prop);
        }
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("examples/profiles"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("Cannot find the repository root (examples/profiles)");
        }
        return p;
    }

    /** The flagship profile, examples/profiles/29-2072.00.json. */
    public static Occupation flagship() {
        return ProfileJson.read(root().resolve("examples/profiles/29-2072.00.json"));
    }

    /** A profile from this package's test resources (hostile.json, unicode.json ...). */
    public static Occupation resource(String name) {
        try (InputStream in = open(name)) {
            return ProfileJson.read(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A 240 x 60 PNG logo (a navy square on white), logo.png in this package's test resources. */
    public static byte[] logo() {
        try (InputStream in = open("logo.png")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = Fixtures.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalArgumentException("No fixture " + name);
        }
        return in;
    }

    /** Options with the golden print date, en-US, everything else default. */
    public static RenderOptions options() {
        return RenderOptions.builder().printedOn(PRINT_DATE).locale(Locale.US).build();
    }

    /**
     * The fixture options with some of the pictures, for the benchmarks: {@code all} (the default: the wage and
     * outlook charts and the QR code), {@code none}, {@code charts} or {@code qr}.
     */
    public static RenderOptions options(String pictures) {
        if (!List.of("all", "none", "charts", "qr").contains(pictures)) {
            throw new IllegalArgumentException("pictures: all, none, charts or qr, not " + pictures);
        }
        RenderOptions.Builder b = options().toBuilder();
        b.charts(pictures.equals("all") || pictures.equals("charts"));
        if (!pictures.equals("all") && !pictures.equals("qr")) {
            b.onlineProfile(null);
        }
        return b.build();
    }

    public static ProfileDocument compose(Occupation o) {
        return new ProfileComposer().compose(o, options());
    }

    public static ProfileDocument compose(Occupation o, RenderOptions options) {
        return new ProfileComposer().compose(o, options);
    }

    /** The occupations of the test packet: the flagship, the Unicode fixture and the hostile fixture. */
    public static List<Occupation> packetOccupations() {
        return List.of(flagship(), resource("unicode.json"), resource("hostile.json"));
    }

    /** The test packet, with an agency, an office and a note (which must print once). */
    public static PacketDocument packet() {
        return new PacketComposer().compose(packetOccupations(), options().toBuilder().agency("EDD")
                .office("Riverside Job Center\n(951) 555-0100").note("For Ana: three to weigh.").build());
    }

    /** A composed document with a name for test reports. */
    public record Named(String name, ProfileDocument doc) {
    }

    /**
     * The documents the renderers' parity tests compare with the composed words: the flagship as it is, in A4
     * large print with an agency and a note, as a summary, and the Unicode fixture.
     */
    public static List<Named> parityDocuments() {
        return List.of(
                new Named("flagship", compose(flagship())),
                new Named("flagship-a4-large", compose(flagship(), options().toBuilder().pageSize(PageSize.A4)
                        .largePrint(true).agency("EDD").note("Ask for Maria at the front desk.\nBring your résumé.")
                        .build())),
                new Named("flagship-summary", compose(flagship(), options().toBuilder().detail(Detail.SUMMARY).build())),
                new Named("unicode", compose(resource("unicode.json"))));
    }

    /**
     * Every word of a composed document in reading order (title block, note, sections), as one string: the
     * reference the renderers' extracted text is compared with. The footer is not included. The same words as
     * the golden text of {@link DocumentText}, without its markers.
     */
    public static String text(ProfileDocument doc) {
        return DocumentText.text(doc);
    }

    /** Text with every run of white space made one space, trimmed. */
    public static String normalize(String text) {
        return SPACE.matcher(text).replaceAll(" ").trim();
    }

    /** The words of a text, for parity tests between formats. */
    public static List<String> words(String text) {
        String n = normalize(text);
        return n.isEmpty() ? List.of() : List.of(n.split(" "));
    }
}
