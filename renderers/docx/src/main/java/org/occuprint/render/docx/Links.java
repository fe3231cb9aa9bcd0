package org.occuprint.render.docx;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.occuprint.compose.Block.LinkItem;

/**
 * Writes one entry of a link list: the link's text in bold, then the address printed in full (paper
 * readers cannot click), which is a real {@code w:hyperlink} to an external relationship when the item
 * has a safe target, plain text otherwise.
 *
 * <p><b>Why the run inside the hyperlink has the Hyperlink character style.</b> LibreOffice imports a
 * {@code w:hyperlink} whatever its run looks like, but its PDF export only writes link annotations for the
 * hyperlinks it finds by walking the document's character styles, and that walk skips the default
 * character style ({@code SwEditShell::GetINetAttrs} counts down to index 1, never 0). A hyperlink whose
 * run has no character style, or names one that {@code styles.xml} does not define (POI's
 * {@code createHyperlinkRun} writes no style and a fresh POI document has no styles part), is bound to
 * the default character style and silently loses its link in the PDF; pandoc's documents keep theirs
 * because pandoc styles every link run "Hyperlink" and defines that style. Relationship target mode
 * ({@code TargetMode="External"}, which POI writes), {@code w:history}, or field-code versus element
 * hyperlinks make no difference here. Checked with LibreOffice 7.4: the unstyled link of a two-link test
 * document had no annotation in the PDF, the styled one had.
 */
final class Links {
    private Links() {
    }

    static void append(XWPFParagraph p, LinkItem item) {
        Runs.append(p, item.text(), Styles.STRONG);
        Runs.append(p, " ");
        address(p, item.url(), item.href());
    }

    /** The address printed in full, linked to {@code href} when that is a safe absolute target. */
    static void address(XWPFParagraph p, String url, Optional<String> href) {
        Optional<String> target = href.filter(Links::isAbsoluteUri);
        if (target.isPresent()) {
            XWPFHyperlinkRun run = p.createHyperlinkRun(target.get());
            run.setStyle(Styles.HYPERLINK);
            run.setText(XmlText.clean(url));
        } else {
            Runs.append(p, url);
        }
    }

    /** Whether POI can store the target as a relationship (the composer only hands out such targets). */
    private static boolean isAbsoluteUri(String href) {
        try {
            return new URI(href).isAbsolute() && XmlText.clean(href).equals(href);
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
