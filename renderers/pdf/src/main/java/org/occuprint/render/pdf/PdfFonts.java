package org.occuprint.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.jspecify.annotations.Nullable;
import org.librepdf.openpdf.fonts.Liberation;
import org.xhtmlrenderer.css.constants.IdentValue;
import org.xhtmlrenderer.pdf.FontDescription;
import org.xhtmlrenderer.pdf.FontFamily;
import org.xhtmlrenderer.pdf.ITextFontResolver;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;

/**
 * The fonts every PDF embeds: the Liberation families (Sans, Serif, Mono; regular, bold, italic, bold
 * italic) from the openpdf-fonts-extra jar, read from the class path and parsed ONCE per JVM: Liberation
 * Sans, which the stylesheet uses, on first use; Serif and Mono when a document first asks for them.
 *
 * <p>Parsing a TrueType font costs several milliseconds and re-reading it from disk for every document
 * cost more than laying the document out, so the {@link BaseFont}s and Flying Saucer's font families are
 * built here once and shared by every document and thread. That is safe because, after creation, a
 * {@code BaseFont} made from bytes is only read: the glyphs a document uses are collected per
 * {@code PdfWriter} (OpenPDF's {@code FontDetails}), and each subset is cut from a private copy of the
 * byte-array reader. The one piece of shared mutable state, the random generator of the subset name tag
 * ("ABCDEF+LiberationSans"), is replaced by {@link SubsetTags}, which is deterministic per document.
 *
 * <p>CSS names map onto these families: the Liberation names, the generic families ({@code sans-serif},
 * {@code serif}, {@code monospace}) and the metric-compatible commercial names (Arial, Helvetica, Times
 * New Roman, Times, Courier New, Courier). Anything else falls back, as in Flying Saucer, to "Serif",
 * which is Liberation Serif here: the PDF standard 14 fonts are never used, so every font is embedded.
 */
final class PdfFonts {
    /** The family that the stylesheet asks for; its coverage decides which characters can print. */
    static final String BODY_FAMILY = "Liberation Sans";
    private static final String SERIF_FAMILY = "Liberation Serif";
    private static final String MONO_FAMILY = "Liberation Mono";

    private static final String FOLDER = "/liberation/";
    private static final List<String> STYLES = List.of("Regular", "Bold", "Italic", "BoldItalic");
    /** Liberation family to the file-name stem of its faces. */
    private static final Map<String, String> FILES = Map.of(
            BODY_FAMILY, "LiberationSans", SERIF_FAMILY, "LiberationSerif", MONO_FAMILY, "LiberationMono");
    /** CSS family name (as Flying Saucer normalizes it) to the Liberation family it means. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry(BODY_FAMILY, BODY_FAMILY), Map.entry(SERIF_FAMILY, SERIF_FAMILY),
            Map.entry(MONO_FAMILY, MONO_FAMILY),
            Map.entry("SansSerif", BODY_FAMILY), Map.entry("Dialog", BODY_FAMILY),
            Map.entry("Arial", BODY_FAMILY), Map.entry("Helvetica", BODY_FAMILY),
            Map.entry("Serif", SERIF_FAMILY), Map.entry("TimesRoman", SERIF_FAMILY),
            Map.entry("Times", SERIF_FAMILY), Map.entry("Times New Roman", SERIF_FAMILY),
            Map.entry("Monospaced", MONO_FAMILY), Map.entry("DialogInput", MONO_FAMILY),
            Map.entry("Courier", MONO_FAMILY), Map.entry("Courier New", MONO_FAMILY));

    /** Bounds the lookup cache; the stylesheet asks for a handful of combinations. */
    private static final int MAX_CACHED = 512;

    private static volatile @Nullable PdfFonts instance;

    /** The families loaded so far, by Liberation family name. */
    private final Map<String, FontFamily> loaded = new ConcurrentHashMap<>();
    private final List<BaseFont> bodyFaces;
    /**
     * Which Basic Multilingual Plane code points every face of the body family has a glyph for: 256
     * blocks of 256 bits, each filled when a document first uses a character of the block.
     */
    private final AtomicReferenceArray<long[]> bodyCoverage = new AtomicReferenceArray<>(256);
    private final Map<FontKey, FontDescription> chosen = new ConcurrentHashMap<>();

    private PdfFonts(FontFamily body) {
        loaded.put(BODY_FAMILY, body);
        bodyFaces = body.getFontDescriptions().stream().map(FontDescription::getFont).toList();
    }

    /** Liberation Sans, regular or bold: the face of the labels of drawings. */
    BaseFont body(boolean bold) {
        String name = bold ? "LiberationSans-Bold" : "LiberationSans";
        for (BaseFont f : bodyFaces) {
            if (f.getPostscriptFontName().endsWith(name)) {
                return f;
            }
        }
        throw new IllegalStateException("Liberation Sans has no face " + name);
    }

    /** The shared fonts, loaded on first use. */
    static PdfFonts get() {
        PdfFonts f = instance;
        if (f == null) {
            synchronized (PdfFonts.class) {
                f = instance;
                if (f == null) {
                    f = new PdfFonts(loadFamily(BODY_FAMILY));
                    instance = f;
                }
            }
        }
        return f;
    }

    /**
     * The face for a CSS font specification, as Flying Saucer's resolver chooses it (the first family
     * that exists, the closest weight, italic falling back to oblique, then normal; "Serif" when no
     * family exists), but cached per specification across documents: Flying Saucer's own cache is per
     * document and formats a string key for every lookup.
     */
    FontDescription face(String @Nullable [] families, IdentValue weight, IdentValue style) {
        IdentValue s = style == IdentValue.ITALIC || style == IdentValue.OBLIQUE ? style : IdentValue.NORMAL;
        FontKey key = new FontKey(families == null ? List.of() : List.of(families), weight, s);
        FontDescription d = chosen.get(key);
        if (d == null) {
            d = choose(key);
            if (chosen.size() < MAX_CACHED) {
                chosen.put(key, d);
            }
        }
        return d;
    }

    private FontDescription choose(FontKey key) {
        int weight = ITextFontResolver.convertWeightToInt(key.weight());
        for (String name : key.families()) {
            String family = ALIASES.get(cssName(name));
            FontDescription d = family == null ? null : family(family).match(weight, key.style());
            if (d != null) {
                return d;
            }
        }
        FontDescription d = family(SERIF_FAMILY).match(weight, key.style());
        if (d == null) {
            throw new IllegalStateException("No " + SERIF_FAMILY + " face for " + key);
        }
        return d;
    }

    private FontFamily family(String name) {
        FontFamily f = loaded.get(name);
        return f != null ? f : loaded.computeIfAbsent(name, PdfFonts::loadFamily);
    }

    /** A CSS family name as Flying Saucer names it: without quotes, generic names in its own words. */
    private static String cssName(String name) {
        String n = name.strip();
        if (n.length() >= 2 && (n.charAt(0) == '"' || n.charAt(0) == '\'') && n.charAt(n.length() - 1) == n.charAt(0)) {
            n = n.substring(1, n.length() - 1);
        }
        return switch (n.toLowerCase(Locale.ROOT)) {
            case "serif" -> "Serif";
            case "sans-serif" -> "SansSerif";
            case "monospace" -> "Monospaced";
            default -> n;
        };
    }

    private record FontKey(List<String> families, IdentValue weight, IdentValue style) {
    }

    /** Whether every face of the body family has a glyph for this code point. */
    boolean canPrint(int codePoint) {
        if (codePoint == '\t' || codePoint == '\n' || codePoint == '\f' || codePoint == '\r') {
            return true; // white space that the layout collapses or breaks at never reaches a font
        }
        if (codePoint >= Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            return inEveryFace(codePoint);
        }
        int block = codePoint >>> 8;
        long[] bits = bodyCoverage.get(block);
        if (bits == null) {
            bits = new long[4];
            for (int i = 0; i < 256; i++) {
                if (inEveryFace((block << 8) | i)) {
                    bits[i >>> 6] |= 1L << (i & 63);
                }
            }
            bodyCoverage.set(block, bits); // two threads may both fill a block: same bits
        }
        int i = codePoint & 0xFF;
        return (bits[i >>> 6] & (1L << (i & 63))) != 0;
    }

    private boolean inEveryFace(int codePoint) {
        for (BaseFont f : bodyFaces) {
            if (!f.charExists(codePoint)) {
                return false;
            }
        }
        return true;
    }

    /** Parses the four faces of a Liberation family. */
    private static FontFamily loadFamily(String family) {
        Loader loader = new Loader();
        for (String style : STYLES) {
            loader.add(FILES.get(family) + "-" + style, family);
        }
        FontFamily f = loader.getFonts().get(family);
        if (f == null || f.getFontDescriptions().size() != STYLES.size()) {
            throw new IllegalStateException("The fonts of " + family + " did not load as that family: "
                    + loader.getFonts().keySet());
        }
        return f;
    }

    /**
     * Builds Flying Saucer's font families (whose constructor is not public) through the resolver's own
     * {@code addFont(BaseFont, path, family)}. The "path" is the font's class-path URL, which Flying Saucer
     * reads once more for the underline and strike-through metrics; nothing is read from the file system.
     */
    private static final class Loader extends ITextFontResolver {
        @Override
        protected Map<String, FontFamily> loadFonts() {
            return new HashMap<>();
        }

        void add(String face, String family) {
            String resource = FOLDER + face + ".ttf";
            URL url = Liberation.class.getResource(resource);
            if (url == null) {
                throw new IllegalStateException("The font " + resource + " is not on the class path (openpdf-fonts-extra)");
            }
            try (InputStream in = url.openStream()) {
                byte[] bytes = in.readAllBytes();
                BaseFont font = BaseFont.createFont(face + ".ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                        bytes, null);
                font.setSubset(true);
                // OpenPDF's CIDSet lists the glyphs used, where PDF/A-2 and PDF/UA-1 want every glyph of the
                // subset: the optional stream is left out
                font.setIncludeCidSet(false);
                font.setSecureRandom(SubsetTags.INSTANCE);
                addFont(font, url.toExternalForm(), family);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the font " + resource, e);
            } catch (DocumentException e) {
                throw new IllegalStateException("Cannot read the font " + resource, e);
            }
        }
    }
}
