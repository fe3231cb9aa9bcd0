package org.occuprint.render.docx;

import java.math.BigInteger;
import java.util.HexFormat;

import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline;

/**
 * Small setters on POI's low-level paragraph and run properties, for what XWPF has no API for (styles,
 * borders, shading). Lengths in twips, font sizes in half-points, border widths in eighths of a point.
 * XMLBeans puts each element where the schema wants it, whatever the order of the calls.
 */
final class Formatting {
    private Formatting() {
    }

    static BigInteger big(long value) {
        return BigInteger.valueOf(value);
    }

    /**
     * A colour as the bytes of its hex value. Colours are unions of "auto" and a hex value in the schema;
     * XMLBeans tries "auto" first and throws (and catches) an exception for every hex string it is given,
     * but takes bytes directly.
     */
    static byte[] rgb(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    /** Space before and after, and line height in 240ths of a line (240 = single). */
    static void spacing(CTPPrBase p, int before, int after, int line) {
        CTSpacing s = p.isSetSpacing() ? p.getSpacing() : p.addNewSpacing();
        s.setBefore(big(before));
        s.setAfter(big(after));
        s.setLine(big(line));
        s.setLineRule(STLineSpacingRule.AUTO);
    }

    static void spaceAfter(CTPPrBase p, int after) {
        CTSpacing s = p.isSetSpacing() ? p.getSpacing() : p.addNewSpacing();
        s.setAfter(big(after));
    }

    /** Keep with the next paragraph and keep the lines together (headings, captions). */
    static void keepWithNext(CTPPrBase p) {
        p.addNewKeepNext();
        p.addNewKeepLines();
    }

    static void outlineLevel(CTPPrBase p, int level) {
        p.addNewOutlineLvl().setVal(big(level));
    }

    /**
     * A paragraph border. Consecutive paragraphs with equal borders share one box in Word and
     * LibreOffice, which is how the note becomes one framed group without a layout table.
     */
    static void border(CTBorder b, int eighths, int spacePoints, String color) {
        b.setVal(STBorder.SINGLE);
        b.setSz(big(eighths));
        b.setSpace(big(spacePoints));
        b.setColor(rgb(color));
    }

    static void shade(CTShd shd, String fill) {
        shd.setVal(STShd.CLEAR);
        shd.setColor("auto");
        shd.setFill(rgb(fill));
    }

    static void rightTab(CTPPrBase p, int position) {
        CTTabStop tab = p.addNewTabs().addNewTab();
        tab.setVal(STTabJc.RIGHT);
        tab.setPos(big(position));
    }

    static void fonts(CTRPr r, String family) {
        CTFonts f = r.addNewRFonts();
        f.setAscii(family);
        f.setHAnsi(family);
        f.setEastAsia(family);
        f.setCs(family);
    }

    /** Font size for Latin and complex scripts alike. */
    static void size(CTRPr r, int halfPoints) {
        r.addNewSz().setVal(big(halfPoints));
        r.addNewSzCs().setVal(big(halfPoints));
    }

    static void bold(CTRPr r) {
        r.addNewB();
        r.addNewBCs();
    }

    static void color(CTRPr r, String hex) {
        r.addNewColor().setVal(rgb(hex));
    }

    static void underline(CTRPr r) {
        r.addNewU().setVal(STUnderline.SINGLE);
    }
}
