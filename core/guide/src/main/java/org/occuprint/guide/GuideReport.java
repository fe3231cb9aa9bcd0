package org.occuprint.guide;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.occuprint.internal.Checks;

/**
 * What a guide run did.
 *
 * @param total     occupations in the run
 * @param rendered  occupations rendered in this run
 * @param skipped   occupations whose files were already complete (resume)
 * @param failures  occupations left out, with the reason
 * @param files     per-occupation files written or found complete, in book order
 * @param book      the bound book, if one was made
 * @param bookPages pages of the bound book (0 without one)
 * @param elapsed   wall time
 * @since 0.1
 */
public record GuideReport(int total, int rendered, int skipped, List<GuideFailure> failures, List<Path> files,
        Optional<Path> book, int bookPages, Duration elapsed) {
    public GuideReport {
        failures = Checks.copy(failures, "failures");
        files = Checks.copy(files, "files");
        Checks.notNull(book, "book");
        Checks.notNull(elapsed, "elapsed");
    }

    /** Whether every occupation made it. */
    public boolean succeeded() {
        return failures.isEmpty();
    }
}
