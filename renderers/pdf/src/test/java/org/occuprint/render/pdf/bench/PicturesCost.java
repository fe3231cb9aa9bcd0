package org.occuprint.render.pdf.bench;

import java.util.Locale;

import org.occuprint.compose.ProfileDocument;
import org.occuprint.render.pdf.PdfOptions;
import org.occuprint.render.pdf.PdfRenderer;
import org.occuprint.testing.Fixtures;

/**
 * What the pictures (the two charts and the QR code) add to the flagship's PDF, tagged or not, measured as
 * {@link TaggingCost} measures tagging ({@link Alternation}): blocks of the flagship with all its pictures and
 * without any in turn; prints the median time per document of each and the quartiles of the per-round
 * ratios. JMH's separate forks, minutes apart on a shared machine, gave this ratio anywhere from 1.10 to 1.16
 * for one build. Not part of the test suite:
 * <pre>
 * mvn -q -pl renderers/pdf -am -DskipTests -Pbench verify -Dbench.main=org.occuprint.render.pdf.bench.PicturesCost -Djmh.args="30 60 tagged"
 * </pre>
 * (rounds, seconds of warm-up, {@code tagged} or {@code untagged}).
 */
public final class PicturesCost {
    private PicturesCost() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        long warmUpSeconds = args.length > 1 ? Long.parseLong(args[1]) : 60;
        boolean tagged = args.length <= 2 || !args[2].equals("untagged");
        ProfileDocument all = Fixtures.compose(Fixtures.flagship(), Fixtures.options("all"));
        ProfileDocument none = Fixtures.compose(Fixtures.flagship(), Fixtures.options("none"));
        PdfRenderer renderer = new PdfRenderer(PdfOptions.defaults().withTagged(tagged));
        Alternation.Result r = Alternation.run(rounds, warmUpSeconds, renderer, all, renderer, none);
        System.out.printf(Locale.ROOT, "%s: with the pictures %.2f ms/doc, without %.2f ms/doc, median ratio %.3f,"
                + " quartiles %.3f and %.3f (%d rounds of %d)%n", tagged ? "tagged" : "untagged",
                Alternation.Result.quartile(r.first(), 2), Alternation.Result.quartile(r.second(), 2),
                Alternation.Result.quartile(r.ratios(), 2), Alternation.Result.quartile(r.ratios(), 1),
                Alternation.Result.quartile(r.ratios(), 3), rounds, Alternation.BLOCK);
    }
}
