package org.occuprint.render.pdf.bench;

import java.util.Locale;

import org.occuprint.compose.ProfileDocument;
import org.occuprint.render.pdf.PdfOptions;
import org.occuprint.render.pdf.PdfRenderer;
import org.occuprint.testing.Fixtures;

/**
 * What tagging costs, measured so that a shared, noisy machine affects both sides alike: in one JVM, blocks
 * of documents rendered tagged and untagged in turn (the order swapped every round), after a long warm-up;
 * prints the median time per document of each and the median of the per-round ratios. Not part of the
 * test suite; run its {@code main} with the test class path (see the module README).
 */
public final class TaggingCost {
    private TaggingCost() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        long warmUpSeconds = args.length > 1 ? Long.parseLong(args[1]) : 60;
        ProfileDocument doc = Fixtures.compose(Fixtures.flagship());
        PdfRenderer tagged = new PdfRenderer();
        PdfRenderer untagged = new PdfRenderer(PdfOptions.defaults().withTagged(false));
        System.out.printf(Locale.ROOT, "bytes: tagged %d, untagged %d%n", Alternation.render(tagged, doc).length,
                Alternation.render(untagged, doc).length);
        Alternation.Result r = Alternation.run(rounds, warmUpSeconds, tagged, doc, untagged, doc);
        System.out.printf(Locale.ROOT, "tagged %.1f ms/doc, untagged %.1f ms/doc, median ratio %.2f (%d rounds of %d)%n",
                Alternation.Result.quartile(r.first(), 2), Alternation.Result.quartile(r.second(), 2),
                Alternation.Result.quartile(r.ratios(), 2), rounds, Alternation.BLOCK);
    }
}
