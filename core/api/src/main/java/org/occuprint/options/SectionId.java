package org.occuprint.options;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The sections of a profile, in print order. Their ids are public and stable: command-line
 * {@code --sections}/{@code --omit}, options, HTML ids and PDF outline anchors use them.
 *
 * @since 0.1
 */
public enum SectionId {
    SUMMARY("summary"),
    TASKS("tasks"),
    SKILLS("skills"),
    TECHNOLOGY("technology"),
    CONDITIONS("conditions"),
    INTERESTS("interests"),
    WAGES("wages"),
    BENEFITS("benefits"),
    OUTLOOK("outlook"),
    EDUCATION("education"),
    ADVANCEMENT("advancement"),
    FINDING_WORK("finding-work"),
    RELATED("related"),
    SOURCES("sources");

    private final String id;

    SectionId(String id) {
        this.id = id;
    }

    /** The public id, for example {@code finding-work}. */
    public String id() {
        return id;
    }

    /**
     * The section with this public id (case ignored).
     *
     * @throws IllegalArgumentException naming the valid ids if there is none
     */
    public static SectionId fromId(String id) {
        String key = id.trim().toLowerCase(Locale.ROOT);
        for (SectionId s : values()) {
            if (s.id.equals(key)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown section '" + id + "' (valid: " + validIds() + ")");
    }

    /** The valid ids, comma-separated, in print order. */
    public static String validIds() {
        return Arrays.stream(values()).map(SectionId::id).collect(Collectors.joining(", "));
    }
}
