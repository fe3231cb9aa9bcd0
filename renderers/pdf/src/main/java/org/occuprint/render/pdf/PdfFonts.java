package org.occuprint.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.librepdf.openpdf.fonts.Liberation;
import org.jspecify.annotations.Nullable;
import org.xhtmlrenderer.css.constants.IdentValue;
import org.xhtmlrenderer.pdf.FontDescription;
import org.xhtmlrenderer.pdf.FontFamily;
import org.xhtmlrenderer.pdf.ITextFontResolver;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;

/**
 * The fonts every PDF embeds: the twelve Liberation faces (Sans, Serif, Mono; regular, bold, italic,
 * bold italic) from the openpdf-fonts-extra jar, read from the class path and parsed ONCE per JVM.
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
 * New Roman, Times, Courier New, Courier). Anything else falls back to Flying Saucer's "Serif", which is
 * Liberation Serif here: the PDF standard 14 fonts are never used, so every font is embedded.
 */
final class PdfFonts {
    /** The family that the stylesheet asks for; its coverage decides which characters can print. */
    static final String BODY_FAMILY = "Liberation Sans";

    private static final String FOLDER = "/liberation/";
    private static final List<String> FACES = List.of(
            "LiberationSans-Regular", "LiberationSans-Bold", "LiberationSans-Italic", "LiberationSans-BoldItalic",
            "LiberationSerif-Regular", "LiberationSerif-Bold", "LiberationSerif-Italic", "LiberationSerif-BoldItalic",
            "LiberationMono-Regular", "LiberationMono-Bold", "LiberationMono-Italic", "LiberationMono-BoldItalic");
    /** CSS family name (as Flying Saucer normalizes it) to the Liberation family it means. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("SansSerif", "Liberation Sans"), Map.entry("Dialog", "Liberation Sans"),
            Map.entry("Arial", "Liberation Sans"), Map.entry("Helvetica", "Liberation Sans"),
            Map.entry("Serif", "Liberation Serif"), Map.entry("TimesRoman", "Liberation Serif"),
            Map.entry("Times", "Liberation Serif"), Map.entry("Times New Roman", "Liberation Serif"),
            Map.entry("Monospaced", "Liberation Mono"), Map.entry("DialogInput", "Liberation Mono"),
            Map.entry("Courier", "Liberation Mono"), Map.entry("Courier New", "Liberation Mono"));

    /** Bounds the lookup cache; the stylesheet asks for a handful of combinations. */
    private static final int MAX_CACHED = 512;

    private static volatile @Nullable PdfFonts instance;

    private final Map<String, FontFamily> families;
    private final List<BaseFont> bodyFaces;
    /** Basic Multilingual Plane code points that every face of the body family has a glyph for. */
    private final BitSet bodyCoverage;
    private final Map<FontKey, FontDescription> chosen = new ConcurrentHashMap<>();

    private PdfFonts(Map<String, FontFamily> families, List<BaseFont> bodyFaces, BitSet bodyCoverage) {
        this.families = families;
        this.bodyFaces = bodyFaces;
        this.bodyCoverage = bodyCoverage;
    }

    /** The shared fonts, loaded on first use. */
    static PdfFonts get() {
        PdfFonts f = instance;
        if (f == null) {
            synchronized (PdfFonts.class) {
                f = instance;
                if (f == null) {
                    f = load();
                    instance = f;
                }
            }
        }
        return f;
    }

    /**
     * The font families by CSS name, for one document's font resolver: a new map each call, holding the
     * shared families, which nobody changes (see {@link LiberationFontResolver}).
     */
    Map<String, FontFamily> families() {
        return new HashMap<>(families);
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
            FontFamily family = families.get(cssName(name));
            FontDescription d = family == null ? null : family.match(weight, key.style());
            if (d != null) {
                return d;
            }
        }
        FontDescription d = families.get("Serif").match(weight, key.style());
        if (d == null) {
            throw new IllegalStateException("No Liberation Serif face for " + key);
        }
        return d;
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
        if (codePoint < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            return bodyCoverage.get(codePoint);
        }
        for (BaseFont f : bodyFaces) {
            if (!f.charExists(codePoint)) {
                return false;
            }
        }
        return true;
    }

    private static PdfFonts load() {
        Loader loader = new Loader();
        for (String face : FACES) {
            loader.add(face);
        }
        Map<String, FontFamily> all = loader.getFonts();
        Map<String, FontFamily> families = new HashMap<>(all);
        ALIASES.forEach((alias, family) -> families.put(alias, require(all, family)));
        List<BaseFont> body = require(all, BODY_FAMILY).getFontDescriptions().stream().map(d -> d.getFont()).toList();
        BitSet coverage = new BitSet(Character.MIN_SUPPLEMENTARY_CODE_POINT);
        // white space that the layout collapses or breaks at never reaches a font
        for (char c : new char[] {'\t', '\n', '\f', '\r'}) {
            coverage.set(c);
        }
        for (int cp = 0; cp < Character.MIN_SUPPLEMENTARY_CODE_POINT; cp++) {
            if (coverage.get(cp)) {
                continue;
            }
            boolean everyFace = !body.isEmpty();
            for (BaseFont f : body) {
                if (!f.charExists(cp)) {
                    everyFace = false;
                    break;
                }
            }
            coverage.set(cp, everyFace);
        }
        return new PdfFonts(Map.copyOf(families), body, coverage);
    }

    private static FontFamily require(Map<String, FontFamily> families, String name) {
        FontFamily f = families.get(name);
        if (f == null) {
            throw new IllegalStateException("The font family '" + name + "' is missing from " + families.keySet());
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

        void add(String face) {
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
                font.setSecureRandom(SubsetTags.INSTANCE);
                addFont(font, url.toExternalForm(), null);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the font " + resource, e);
            } catch (DocumentException e) {
                throw new IllegalStateException("Cannot read the font " + resource, e);
            }
        }
    }
}
