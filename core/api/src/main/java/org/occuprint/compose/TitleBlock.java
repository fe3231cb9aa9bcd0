package org.occuprint.compose;

import java.util.List;
import java.util.Optional;

import org.occuprint.internal.Checks;

/**
 * The top of the first page.
 *
 * @param title       the occupation's title (the document's only top-level heading)
 * @param lines       lines under the title: also-called titles, specialties, codes
 * @param officeLines the office's name and contact lines
 * @param logo        the logo, if any
 * @param note        the counselor's note, if any
 * @since 0.1
 */
public record TitleBlock(String title, List<String> lines, List<String> officeLines, Optional<Image> logo,
        Optional<Note> note) {
    public TitleBlock {
        Checks.notBlank(title, "title");
        lines = Checks.copyText(lines, "lines");
        officeLines = Checks.copyText(officeLines, "officeLines");
        Checks.notNull(logo, "logo");
        Checks.notNull(note, "note");
    }

    /**
     * A boxed note from the counselor.
     *
     * @param heading the box's heading
     * @param lines   the note's lines, as the counselor broke them
     */
    public record Note(String heading, List<String> lines) {
        public Note {
            Checks.notBlank(heading, "heading");
            lines = Checks.copy(lines, "lines");
            Checks.argument(!lines.isEmpty(), "A note needs text.");
        }
    }
}
