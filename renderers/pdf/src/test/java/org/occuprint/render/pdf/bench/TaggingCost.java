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
 * What tagging costs, measured so that a shared, noisy machine affects both sides alike: in one JVM, blocks
 * of documents rendered tagged and untagged in turn (the order swapped every round), after a long warm-up;
 * prints the median time per document of each and the median of the per-round ratios. Not part of the
 * test suite; run its {@code main} with the test class path (see the module README).
 */
public final class TaggingCost {
    private static final int BLOCK = 20;

    private TaggingCost() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        long warmUpSeconds = args.length > 1 ? Long.parseLong(args[1]) : 60;
        ProfileDocument doc = Fixtures.compose(Fixtures.flagship());
        PdfRenderer tagged = new PdfRenderer();
        PdfRenderer untagged = new PdfRenderer(PdfOptions.defaults().withTagged(false));
        System.out.printf(Locale.ROOT, "bytes: tagged %d, untagged %d%n", render(tagged, doc).length,
                render(untagged, doc).length);
        long end = System.nanoTime() + warmUpSeconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            block(tagged, doc);
            block(untagged, doc);
        }
        List<Double> t = new ArrayList<>();
        List<Double> u = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            double a;
            double b;
            if (r % 2 == 0) {
                a = block(tagged, doc);
                b = block(untagged, doc);
            } else {
                b = block(untagged, doc);
                a = block(tagged, doc);
            }
            t.add(a);
            u.add(b);
            ratios.add(a / b);
        }
        System.out.printf(Locale.ROOT, "tagged %.1f ms/doc, untagged %.1f ms/doc, median ratio %.2f (%d rounds of %d)%n",
                median(t), median(u), median(ratios), rounds, BLOCK);
    }

    /** Milliseconds per document over one block. */
    private static double block(PdfRenderer renderer, ProfileDocument doc) {
        long start = System.nanoTime();
        for (int i = 0; i < BLOCK; i++) {
            render(renderer, doc);
        }
        return (System.nanoTime() - start) / 1e6 / BLOCK;
    }

    private static byte[] render(PdfRenderer renderer, ProfileDocument doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        renderer.render(doc, out);
        return out.toByteArray();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
