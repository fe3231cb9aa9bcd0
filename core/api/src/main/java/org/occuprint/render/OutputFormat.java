package org.occuprint.render;

import java.util.regex.Pattern;

import org.occuprint.internal.Checks;

/**
 * An output format, declared once by the renderer that writes it.
 *
 * @param id            short lowercase id used on the command line, for example {@code pdf}
 * @param mediaType     the media type, for example {@code application/pdf}
 * @param fileExtension the file extension without the dot, for example {@code pdf}
 * @param displayName   a name for people, for example "PDF"
 * @since 0.1
 */
public record OutputFormat(String id, String mediaType, String fileExtension, String displayName) {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    public OutputFormat {
        Checks.notNull(id, "id");
        Checks.argument(ID.matcher(id).matches(), "The format id '%s' must be lowercase letters, digits and dashes.", id);
        Checks.notBlank(mediaType, "mediaType");
        Checks.notNull(fileExtension, "fileExtension");
        Checks.argument(ID.matcher(fileExtension).matches(),
                "The file extension '%s' must be lowercase letters, digits and dashes, without the dot.", fileExtension);
        Checks.notBlank(displayName, "displayName");
    }
}
