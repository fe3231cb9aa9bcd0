package org.occuprint.render.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.occuprint.compose.Footer;
import org.occuprint.compose.Layout;
import org.occuprint.compose.PacketDocument;
import org.occuprint.compose.ProfileDocument;

/**
 * The print stylesheet of one document: the shared rules from {@code print.css} plus the {@code @page}
 * rule with the paper size and the footer's margin boxes (print date left, "Page N of M" right).
 */
final class PrintStylesheet {
    private static final String BASE = load();

    private PrintStylesheet() {
    }

    private static String load() {
        try (InputStream in = PrintStylesheet.class.getResourceAsStream("print.css")) {
            if (in == null) {
                throw new IllegalStateException("Resource org/occuprint/render/html/print.css is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String of(ProfileDocument doc) {
        return of(doc.layout(), doc.footer());
    }

    static String of(PacketDocument packet) {
        return of(packet.layout(), packet.footer());
    }

    private static String of(Layout layout, Footer f) {
        return BASE + "\n" + FooterBox.pageRule(layout, f, layout.pageLabels());
    }

    /**
     * A CSS string literal. Quotes, backslashes, control characters and the XML-significant {@code < > &}
     * become six-digit hex escapes (each followed by the one space CSS consumes), so the result is safe
     * inside a {@code <style>} element read as HTML or as XML.
     */
    static String string(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        s.codePoints().forEach(cp -> {
            if (cp == '"' || cp == '\\' || cp == '<' || cp == '>' || cp == '&' || cp == '\'' || cp < 0x20
                    || (cp >= 0x7f && cp < 0xa0)) {
                sb.append('\\').append(String.format(Locale.ROOT, "%06x", cp)).append(' ');
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.append('"').toString();
    }
}
