package org.occuprint.render.pdf.bench;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.occuprint.compose.ProfileDocument;
import org.occuprint.render.pdf.PdfOptions;
import org.occuprint.render.pdf.PdfRenderer;
import org.occuprint.testing.Fixtures;

/**
 * What the pictures (the two charts and the QR code) add to the flagship's PDF, tagged or not, measured as
 * {@link TaggingCost} measures tagging: in one JVM, after a warm-up, blocks of the flagship with all its
 * pictures and without any in turn (the order swapped every round); prints the median time per document of
 * each and the median of the per-round ratios. JMH's separate forks, minutes apart on a shared machine, gave
 * this ratio anywhere from 1.10 to 1.16 for one build. Not part of the test suite:
 * <pre>
 * mvn -q -pl renderers/pdf -am -DskipTests -Pbench verify -Dbench.main=org.occuprint.render.pdf.bench.PicturesCost -Djmh.args="30 60 tagged"
 * </pre>
 * (rounds, seconds of warm-up, {@code tagged} or {@code untagged}).
 */
public final class PicturesCost {
    private static final int BLOCK = 20;

    private PicturesCost() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        long warmUpSeconds = args.length > 1 ? Long.parseLong(args[1]) : 60;
        boolean tagged = args.length <= 2 || !args[2].equals("untagged");
        ProfileDocument all = Fixtures.compose(Fixtures.flagship(), Fixtures.options("all"));
        ProfileDocument none = Fixtures.compose(Fixtures.flagship(), Fixtures.options("none"));
        PdfRenderer renderer = new PdfRenderer(PdfOptions.defaults().withTagged(tagged));
        long end = System.nanoTime() + warmUpSeconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            block(renderer, all);
            block(renderer, none);
        }
        List<Double> with = new ArrayList<>();
        List<Double> without = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            double a;
            double b;
            if (r % 2 == 0) {
                a = block(renderer, all);
                b = block(renderer, none);
            } else {
                b = block(renderer, none);
                a = block(renderer, all);
            }
            with.add(a);
            without.add(b);
            ratios.add(a / b);
        }
        System.out.printf(Locale.ROOT, "%s: with the pictures %.2f ms/doc, without %.2f ms/doc, median ratio %.3f,"
                + " quartiles %.3f and %.3f (%d rounds of %d)%n", tagged ? "tagged" : "untagged", quantile(with, 2),
                quantile(without, 2), quantile(ratios, 2), quantile(ratios, 1), quantile(ratios, 3), rounds, BLOCK);
    }

    /** Milliseconds per document over one block. */
    private static double block(PdfRenderer renderer, ProfileDocument doc) {
        long start = System.nanoTime();
        for (int i = 0; i < BLOCK; i++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
            renderer.render(doc, out);
        }
        return (System.nanoTime() - start) / 1e6 / BLOCK;
    }

    /** The first, second or third quartile. */
    private static double quantile(List<Double> values, int quarter) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() * quarter / 4);
    }
}
