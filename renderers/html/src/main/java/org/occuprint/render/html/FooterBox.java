package org.occuprint.render.html;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.occuprint.compose.Footer;
import org.occuprint.compose.Layout;
import org.occuprint.options.PageSize;

/**
 * The page box and its footer, defined once for everything Occuprint prints: the page margins, and the two
 * footer boxes in the bottom margin (the print date at the left, the page label at the right) with their
 * font size, colour and padding. The print stylesheet of handouts and packets, the guide's cover and
 * contents, and the PDF binder, which stamps a bound guide's page labels itself, all read it from here.
 *
 * <p>Lengths are in points; {@link #pageRule} writes them in the units a reader of the stylesheet expects
 * (inches for margins).
 *
 * @since 0.1
 */
public final class FooterBox {
    /** The left, top and right page margins: 0.75 in. */
    public static final float SIDE_MARGIN = 54f;
    /** The space above the footer's text, inside its box. */
    public static final float PADDING_TOP = 6f;
    /** The footer's text colour, as RGB. */
    public static final int COLOR = 0x333333;
    /** The footer's font family as CSS. */
    private static final String FONT_FAMILY = "\"Liberation Sans\", Arial, Helvetica, sans-serif";

    private FooterBox() {
    }

    /** The bottom margin, which holds the footer: 0.8 in, 1 in in large print. */
    public static float bottomMargin(boolean largePrint) {
        return largePrint ? 72f : 57.6f;
    }

    /** The footer's font size: 8.5 pt, 14 pt in large print. */
    public static float fontSize(boolean largePrint) {
        return largePrint ? 14f : 8.5f;
    }

    /**
     * The {@code @page} rule: paper size, margins, the print date in the bottom-left box and, if
     * {@code pageLabels}, "Page N of M" in the bottom-right box.
     */
    static String pageRule(Layout layout, Footer f, boolean pageLabels) {
        boolean large = layout.largePrint();
        String size = layout.pageSize() == PageSize.A4 ? "A4" : "letter";
        String side = inches(SIDE_MARGIN);
        String footerFont = "font-family: " + FONT_FAMILY + "; font-size: " + points(fontSize(large)) + "; color: "
                + String.format(java.util.Locale.ROOT, "#%06x", COLOR) + "; vertical-align: top; padding-top: " + points(PADDING_TOP) + ";";
        return "@page {\n"
                + "  size: " + size + ";\n"
                + "  margin: " + side + " " + side + " " + inches(bottomMargin(large)) + " " + side + ";\n"
                + "  @bottom-left { content: " + PrintStylesheet.string(f.printedOn()) + "; " + footerFont + " }\n"
                + (pageLabels
                        ? "  @bottom-right { content: " + PrintStylesheet.string(f.before()) + " counter(page) "
                                + PrintStylesheet.string(f.between()) + " counter(pages) "
                                + PrintStylesheet.string(f.after()) + "; text-align: right; " + footerFont + " }\n"
                        : "")
                + "}\n";
    }

    private static String inches(float points) {
        return number(points / 72.0) + "in";
    }

    private static String points(float points) {
        return number(points) + "pt";
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
