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
 * @param online      the occupation's online profile, printed in words and as a QR code (since 0.5)
 * @since 0.1
 */
public record TitleBlock(String title, List<String> lines, List<String> officeLines, Optional<Image> logo,
        Optional<Note> note, Optional<Online> online) {
    public TitleBlock {
        Checks.notBlank(title, "title");
        lines = Checks.copyText(lines, "lines");
        officeLines = Checks.copyText(officeLines, "officeLines");
        Checks.notNull(logo, "logo");
        Checks.notNull(note, "note");
        Checks.notNull(online, "online");
    }

    /** A title block without an online profile. */
    public TitleBlock(String title, List<String> lines, List<String> officeLines, Optional<Image> logo,
            Optional<Note> note) {
        this(title, lines, officeLines, logo, note, Optional.empty());
    }

    /**
     * The address of the occupation's profile online. Renderers print the label and the address in words,
     * and beside them a QR code of the address whose text alternative is {@code alt}.
     *
     * @param label words before the address ("This profile online:")
     * @param url   the address
     * @param alt   the QR code's text alternative
     * @param code  the QR code of the address
     * @since 0.5
     */
    public record Online(String label, String url, String alt, QrCode code) {
        public Online {
            Checks.notBlank(label, "label");
            Checks.notBlank(url, "url");
            Checks.notBlank(alt, "alt");
            Checks.notNull(code, "code");
        }

        /**
         * The online profile with the QR code of its address.
         *
         * @throws IllegalArgumentException if the address is too long for a QR code
         */
        public Online(String label, String url, String alt) {
            this(label, url, alt, QrCode.of(url));
        }
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
