package org.occuprint.options;

/**
 * Paper size. Dimensions in PostScript points (1/72 inch).
 *
 * @since 0.1
 */
public enum PageSize {
    /** US Letter, 8.5 × 11 in. */
    LETTER("letter", 612, 792),
    /** ISO A4, 210 × 297 mm. */
    A4("a4", 595.28f, 841.89f);

    private final String id;
    private final float width;
    private final float height;

    PageSize(String id, float width, float height) {
        this.id = id;
        this.width = width;
        this.height = height;
    }

    /** The id used on the command line and in CSS: {@code letter} or {@code a4}. */
    public String id() {
        return id;
    }

    public float widthPoints() {
        return width;
    }

    public float heightPoints() {
        return height;
    }

    /** The size for an id, ignoring case. */
    public static PageSize fromId(String id) {
        for (PageSize p : values()) {
            if (p.id.equalsIgnoreCase(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException("Unknown page size '" + id + "' (known: letter, a4)");
    }
}
