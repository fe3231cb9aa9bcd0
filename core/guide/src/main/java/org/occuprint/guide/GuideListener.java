package org.occuprint.guide;

/**
 * Hears how a guide run goes, from the worker threads: implementations must be thread-safe and quick.
 *
 * @since 0.1
 */
public interface GuideListener {
    /** The run starts with this many occupations. */
    default void started(int total) {
    }

    /** One occupation is done (rendered or, on resume, found complete). */
    default void done(String code, boolean skipped) {
    }

    /** One occupation failed and was left out. */
    default void failed(GuideFailure failure) {
    }

    /** The book is being bound from this many profiles. */
    default void binding(int profiles) {
    }

    /** A listener that hears nothing. */
    static GuideListener none() {
        return new GuideListener() {
        };
    }
}
