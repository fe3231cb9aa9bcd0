package org.occuprint.render.pdf.bench;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.occuprint.compose.ProfileDocument;
import org.occuprint.render.pdf.PdfRenderer;

/**
 * Two ways of making a PDF timed so that a shared, noisy machine affects both alike: in one JVM, after a
 * warm-up, blocks of documents made one way and the other in turn (the order swapped every round). The
 * per-round ratios are the figure to trust; the times move with the machine.
 */
final class Alternation {
    /** Documents in a block. */
    static final int BLOCK = 20;

    /** Milliseconds per document of each round, both ways, and their ratio (first over second). */
    record Result(List<Double> first, List<Double> second, List<Double> ratios) {
        /** The first, second (the median) or third quartile of these values. */
        static double quartile(List<Double> values, int quarter) {
            List<Double> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            return sorted.get(sorted.size() * quarter / 4);
        }
    }

    private Alternation() {
    }

    /** Renders {@code a} with {@code ra} and {@code b} with {@code rb} in alternating blocks. */
    static Result run(int rounds, long warmUpSeconds, PdfRenderer ra, ProfileDocument a, PdfRenderer rb,
            ProfileDocument b) {
        long end = System.nanoTime() + warmUpSeconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            block(ra, a);
            block(rb, b);
        }
        List<Double> first = new ArrayList<>();
        List<Double> second = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            double x;
            double y;
            if (r % 2 == 0) {
                x = block(ra, a);
                y = block(rb, b);
            } else {
                y = block(rb, b);
                x = block(ra, a);
            }
            first.add(x);
            second.add(y);
            ratios.add(x / y);
        }
        return new Result(first, second, ratios);
    }

    /** The document's bytes. */
    static byte[] render(PdfRenderer renderer, ProfileDocument doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        renderer.render(doc, out);
        return out.toByteArray();
    }

    /** Milliseconds per document over one block. */
    private static double block(PdfRenderer renderer, ProfileDocument doc) {
        long start = System.nanoTime();
        for (int i = 0; i < BLOCK; i++) {
            render(renderer, doc);
        }
        return (System.nanoTime() - start) / 1e6 / BLOCK;
    }
}
