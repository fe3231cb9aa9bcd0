package org.occuprint.render.docx.bench;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Locale;

import org.occuprint.compose.ProfileDocument;
import org.occuprint.render.docx.DocxRenderer;
import org.occuprint.testing.Fixtures;

/**
 * What the pictures add to a DOCX, measured on a noisy machine: the flagship with all its pictures and without
 * any, rendered in alternating batches in one warm JVM, so that both see the same machine; it prints the
 * median time of each and the median of the batch-by-batch ratios. JMH's separate forks, minutes apart, gave
 * ratios from 0.98 to 1.44 for the same build on a shared machine; alternating batches agree within 3 %.
 *
 * <p>Run it (from the repository root; not part of the test suite):
 * <pre>
 * mvn -q -pl renderers/docx -am -DskipTests -Pbench verify -Dbench.main=org.occuprint.render.docx.bench.PicturesCost -Djmh.args=
 * </pre>
 */
public final class PicturesCost {
    private static final int WARM_UP = 3000;
    private static final int BATCHES = 30;
    private static final int PER_BATCH = 100;

    private PicturesCost() {
    }

    public static void main(String[] args) {
        DocxRenderer renderer = new DocxRenderer();
        ProfileDocument all = Fixtures.compose(Fixtures.flagship(), Fixtures.options("all"));
        ProfileDocument none = Fixtures.compose(Fixtures.flagship(), Fixtures.options("none"));
        for (int i = 0; i < WARM_UP; i++) {
            render(renderer, all);
            render(renderer, none);
        }
        long[] withPictures = new long[BATCHES];
        long[] without = new long[BATCHES];
        double[] ratios = new double[BATCHES];
        for (int b = 0; b < BATCHES; b++) {
            withPictures[b] = batch(renderer, all);
            without[b] = batch(renderer, none);
            ratios[b] = (double) withPictures[b] / without[b];
        }
        Arrays.sort(withPictures);
        Arrays.sort(without);
        Arrays.sort(ratios);
        System.out.printf(Locale.ROOT, "with the pictures %.3f ms, without %.3f ms (medians of %d batches of %d)%n",
                withPictures[BATCHES / 2] / 1e6, without[BATCHES / 2] / 1e6, BATCHES, PER_BATCH);
        System.out.printf(Locale.ROOT, "ratio: median %.3f, quartiles %.3f and %.3f%n", ratios[BATCHES / 2],
                ratios[BATCHES / 4], ratios[3 * BATCHES / 4]);
    }

    /** Nanoseconds per document over one batch. */
    private static long batch(DocxRenderer renderer, ProfileDocument document) {
        long start = System.nanoTime();
        for (int i = 0; i < PER_BATCH; i++) {
            render(renderer, document);
        }
        return (System.nanoTime() - start) / PER_BATCH;
    }

    private static byte[] render(DocxRenderer renderer, ProfileDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        renderer.render(document, out);
        return out.toByteArray();
    }
}
