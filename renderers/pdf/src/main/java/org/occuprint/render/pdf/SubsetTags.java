package org.occuprint.render.pdf;

import java.security.SecureRandom;

/**
 * The source of the six-letter tags that name embedded font subsets ("QZKXMB+LiberationSans").
 *
 * <p>OpenPDF draws the tag from {@code BaseFont.getSecureRandom()}, a new {@link SecureRandom} per subset
 * unless one is set, which makes every PDF differ. The shared fonts are given this instance instead: it
 * answers {@link #nextDouble()} from a per-thread SplitMix64 sequence that {@link #begin(long)} seeds from
 * a hash of the document, so the same document gets the same tags (fonts are written in first-use order,
 * which the layout fixes) and different documents get different tags, as a merged book needs. A document
 * is written on the thread that renders it, so the per-thread state belongs to exactly one document.
 *
 * <p>Nothing else asks these fonts for random numbers; the tags are names, not secrets.
 */
final class SubsetTags extends SecureRandom {
    private static final long serialVersionUID = 1L;
    private static final long GAMMA = 0x9E3779B97F4A7C15L;
    /** The generator's state for the document being written on this thread. */
    private static final ThreadLocal<long[]> STATE = ThreadLocal.withInitial(() -> new long[1]);

    static final SubsetTags INSTANCE = new SubsetTags();

    private SubsetTags() {
        super(new byte[0]);
    }

    /** Starts a document on this thread: its tags follow from {@code seed}. */
    static void begin(long seed) {
        STATE.get()[0] = seed;
    }

    /** Ends the document on this thread. */
    static void end() {
        STATE.remove();
    }

    @Override
    public double nextDouble() {
        long[] s = STATE.get();
        s[0] += GAMMA;
        long z = s[0];
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        return (z >>> 11) * 0x1.0p-53;
    }
}
