package org.occuprint.compose;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.occuprint.internal.Checks;
import org.occuprint.options.SectionId;

/**
 * A section of the profile: a heading and blocks.
 *
 * @param id      the public section id; empty for the closing "about this handout" part, which always prints
 * @param anchor  the id used for HTML ids and PDF outline anchors (the section id, or {@code about})
 * @param heading the heading text
 * @param blocks  the content, never empty
 * @since 0.1
 */
public record Section(Optional<SectionId> id, String anchor, String heading, List<Block> blocks) {
    private static final Pattern ANCHOR = Pattern.compile("[a-z][a-z0-9-]*");

    public Section {
        Checks.notNull(id, "id");
        Checks.notNull(anchor, "anchor");
        Checks.argument(ANCHOR.matcher(anchor).matches(), "The anchor '%s' must be lowercase letters, digits, dashes.", anchor);
        Checks.notBlank(heading, "heading");
        blocks = Checks.copy(blocks, "blocks");
        Checks.argument(!blocks.isEmpty(), "The section '%s' has no content (leave it out).", anchor);
    }
}
