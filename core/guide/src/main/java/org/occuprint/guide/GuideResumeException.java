package org.occuprint.guide;

import java.nio.file.Path;

import org.occuprint.error.OccuprintException;

/**
 * A resumed guide run found files made with other options or renderer settings in one of its folders: keeping
 * them would mix two guides. Run again without resuming, or write to another folder.
 *
 * @since 0.1
 */
public final class GuideResumeException extends OccuprintException {
    private static final long serialVersionUID = 1L;

    private final transient Path directory;

    public GuideResumeException(Path directory) {
        super("The files in " + directory + " were made with other options; resume only with the options of the"
                + " interrupted run, or write to another folder", null);
        this.directory = directory;
    }

    /** The folder whose files were made with other options. */
    public Path directory() {
        return directory;
    }
}
