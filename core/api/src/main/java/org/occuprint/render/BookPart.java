package org.occuprint.render;

import java.nio.file.Path;

import org.occuprint.compose.ProfileDocument;
import org.occuprint.internal.Checks;

/**
 * One profile of a book, rendered to its own file (without page labels), ready to be bound.
 *
 * @param code     the occupation's code
 * @param file     the rendered part
 * @param outline  the section headings and anchors of the profile, for the book's outline
 * @since 0.1
 */
public record BookPart(String code, Path file, java.util.List<Heading> outline) {
    public BookPart {
        Checks.notBlank(code, "code");
        Checks.notNull(file, "file");
        outline = Checks.copy(outline, "outline");
    }

    /** A section of the profile: its anchor ({@code wages}) and heading ("Wages"). */
    public record Heading(String anchor, String text) {
        public Heading {
            Checks.notBlank(anchor, "anchor");
            Checks.notBlank(text, "text");
        }
    }

    /** The headings of a composed profile. */
    public static java.util.List<Heading> headings(ProfileDocument doc) {
        return doc.sections().stream().map(s -> new Heading(s.anchor(), s.heading())).toList();
    }
}
