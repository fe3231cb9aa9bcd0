package org.occuprint.render.docx;

import static org.occuprint.render.docx.Formatting.big;

import java.math.BigInteger;

import javax.xml.namespace.QName;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlCursor;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPBdr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The document's style sheet: every paragraph, character and table style the body uses, defined in
 * {@code styles.xml} so that a counselor who edits the handout finds them in Word's and LibreOffice's
 * style lists, plus the document defaults (font, size, language, spacing).
 *
 * <p>Heading levels follow the HTML and PDF: the title is the document's only level-1 heading
 * ({@code Title} style with outline level 1, so it leads the navigation pane), section headings are
 * {@code Heading 2} and subheadings {@code Heading 3}. Built-in styles keep Word's ids and lower-case names
 * ("heading 2", "caption", "footer") so that Word recognises them as its own.
 */
final class Styles {
    static final String NORMAL = "Normal";
    static final String TITLE = "Title";
    static final String SECTION = "Heading2";
    static final String SUBSECTION = "Heading3";
    static final String TITLE_LINE = "TitleLine";
    static final String OFFICE = "Office";
    static final String LOGO = "Logo";
    static final String ONLINE = "OnlineProfile";
    static final String CHART = "Chart";
    static final String CHART_LABEL = "ChartLabel";
    static final String NOTE_HEADING = "CounselorNoteHeading";
    static final String NOTE = "CounselorNote";
    static final String NOTICE = "Notice";
    static final String CAPTION = "Caption";
    static final String TABLE_TEXT = "TableText";
    static final String TABLE_HEADING = "TableHeading";
    static final String TABLE_NOTE = "TableNote";
    static final String LIST = "ListBullet";
    static final String FOOTER = "Footer";
    static final String HYPERLINK = "Hyperlink";
    static final String STRONG = "Strong";
    static final String TABLE = "OccuprintTable";

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final int BODY_LINE = 324;

    private final CTStyles styles = CTStyles.Factory.newInstance();
    private final Typography type;
    private final PageGeometry page;

    private Styles(Typography type, PageGeometry page) {
        this.type = type;
        this.page = page;
    }

    /** Defines the styles in the document; {@code bulletNumId} is the numbering that List Bullet uses. */
    static void install(XWPFDocument doc, Typography type, PageGeometry page, String fontFamily, String languageTag,
            BigInteger bulletNumId) {
        Styles s = new Styles(type, page);
        s.defaults(fontFamily, languageTag);
        s.paragraphStyles(bulletNumId);
        s.characterStyles();
        s.tableStyle();
        doc.createStyles().setStyles(s.styles);
    }

    private void defaults(String fontFamily, String languageTag) {
        CTDocDefaults d = styles.addNewDocDefaults();
        CTRPr r = d.addNewRPrDefault().addNewRPr();
        Formatting.fonts(r, fontFamily);
        Formatting.color(r, Palette.TEXT);
        Formatting.size(r, type.body());
        r.addNewLang().setVal(languageTag);
        Formatting.spacing(d.addNewPPrDefault().addNewPPr(), 0, type.scale(120), BODY_LINE);
    }

    private void paragraphStyles(BigInteger bulletNumId) {
        CTStyle normal = paragraph(NORMAL, "Normal", null);
        normal.setDefault(true);
        normal.addNewQFormat();

        CTStyle title = paragraph(TITLE, "Title", NORMAL);
        title.addNewUiPriority().setVal(big(10));
        title.addNewQFormat();
        CTPPrGeneral tp = title.addNewPPr();
        Formatting.keepWithNext(tp);
        Formatting.spacing(tp, 0, type.scale(80), 276);
        Formatting.outlineLevel(tp, 0);
        CTRPr tr = title.addNewRPr();
        Formatting.bold(tr);
        Formatting.color(tr, Palette.HEADING);
        Formatting.size(tr, type.title());

        CTStyle h2 = paragraph(SECTION, "heading 2", NORMAL);
        h2.addNewUiPriority().setVal(big(9));
        h2.addNewQFormat();
        CTPPrGeneral h2p = h2.addNewPPr();
        Formatting.keepWithNext(h2p);
        Formatting.border(h2p.addNewPBdr().addNewBottom(), type.body() > 21 ? 16 : 8, 2, Palette.HEADING);
        Formatting.spacing(h2p, type.scale(280), type.scale(120), 288);
        Formatting.outlineLevel(h2p, 1);
        CTRPr h2r = h2.addNewRPr();
        Formatting.bold(h2r);
        Formatting.color(h2r, Palette.HEADING);
        Formatting.size(h2r, type.section());

        CTStyle h3 = paragraph(SUBSECTION, "heading 3", NORMAL);
        h3.addNewUiPriority().setVal(big(9));
        h3.addNewQFormat();
        CTPPrGeneral h3p = h3.addNewPPr();
        Formatting.keepWithNext(h3p);
        Formatting.spacing(h3p, type.scale(200), type.scale(80), 288);
        Formatting.outlineLevel(h3p, 2);
        CTRPr h3r = h3.addNewRPr();
        Formatting.bold(h3r);
        Formatting.size(h3r, type.subsection());

        CTStyle line = paragraph(TITLE_LINE, "Title Line", NORMAL);
        Formatting.spaceAfter(line.addNewPPr(), type.scale(40));
        Formatting.color(line.addNewRPr(), Palette.MUTED);

        CTStyle office = paragraph(OFFICE, "Office", NORMAL);
        Formatting.spacing(office.addNewPPr(), type.scale(80), type.scale(120), BODY_LINE);
        Formatting.color(office.addNewRPr(), Palette.MUTED);

        CTStyle logo = paragraph(LOGO, "Logo", NORMAL);
        Formatting.spacing(logo.addNewPPr(), 0, type.scale(120), 240);

        // the QR code sits on the line's baseline; single spacing keeps the picture's line as tall as the picture
        CTStyle online = paragraph(ONLINE, "Online Profile", NORMAL);
        Formatting.spacing(online.addNewPPr(), type.scale(80), type.scale(80), 240);
        Formatting.color(online.addNewRPr(), Palette.MUTED);

        noteStyles();

        CTStyle notice = paragraph(NOTICE, "Notice", NORMAL);
        CTPPrGeneral np = notice.addNewPPr();
        np.addNewKeepLines();
        CTPBdr nb = np.addNewPBdr();
        // the visible rule is on the left; the others have the fill's colour and only pad the shading
        Formatting.border(nb.addNewTop(), 4, 4, Palette.NOTICE_FILL);
        Formatting.border(nb.addNewLeft(), 24, 8, Palette.RULE);
        Formatting.border(nb.addNewBottom(), 4, 4, Palette.NOTICE_FILL);
        Formatting.border(nb.addNewRight(), 4, 8, Palette.NOTICE_FILL);
        Formatting.shade(np.addNewShd(), Palette.NOTICE_FILL);
        Formatting.spacing(np, type.scale(160), type.scale(160), 300);
        np.addNewInd().setLeft(big(220));
        np.getInd().setRight(big(180));
        Formatting.size(notice.addNewRPr(), type.notice());

        CTStyle caption = paragraph(CAPTION, "caption", NORMAL);
        caption.addNewUiPriority().setVal(big(35));
        caption.addNewQFormat();
        CTPPrGeneral cp = caption.addNewPPr();
        Formatting.keepWithNext(cp);
        Formatting.spacing(cp, type.scale(80), type.scale(60), 276);
        Formatting.bold(caption.addNewRPr());

        // a chart's drawing, kept on one page; its caption (above) is kept with it
        CTStyle chart = paragraph(CHART, "Chart", NORMAL);
        CTPPrGeneral chp = chart.addNewPPr();
        chp.addNewKeepLines();
        Formatting.spacing(chp, 0, type.scale(160), 240);

        // a label in a chart's text box: one single-spaced line, its size and weight given by the label
        CTStyle label = paragraph(CHART_LABEL, "Chart Label", NORMAL);
        Formatting.spacing(label.addNewPPr(), 0, 0, 240);

        CTStyle cell = paragraph(TABLE_TEXT, "Table Text", NORMAL);
        Formatting.spacing(cell.addNewPPr(), 0, 0, 276);

        CTStyle headCell = paragraph(TABLE_HEADING, "Table Heading", TABLE_TEXT);
        headCell.addNewPPr().addNewKeepNext();
        Formatting.bold(headCell.addNewRPr());

        // notes sit close under their table and to each other, with a paragraph's space after the last
        CTStyle note = paragraph(TABLE_NOTE, "Table Note", NORMAL);
        CTPPrGeneral notePr = note.addNewPPr();
        Formatting.spacing(notePr, type.scale(60), type.scale(160), 276);
        notePr.addNewContextualSpacing();
        CTRPr noteRun = note.addNewRPr();
        Formatting.color(noteRun, Palette.MUTED);
        Formatting.size(noteRun, type.note());

        CTStyle list = paragraph(LIST, "List Bullet", NORMAL);
        list.addNewUiPriority().setVal(big(36));
        CTPPrGeneral lp = list.addNewPPr();
        lp.addNewNumPr().addNewNumId().setVal(bulletNumId);
        Formatting.spacing(lp, 0, type.scale(40), BODY_LINE);

        CTStyle footer = paragraph(FOOTER, "footer", NORMAL);
        footer.addNewUiPriority().setVal(big(99));
        CTPPrGeneral fp = footer.addNewPPr();
        Formatting.rightTab(fp, page.textWidth());
        Formatting.spacing(fp, 0, 0, 240);
        CTRPr fr = footer.addNewRPr();
        Formatting.color(fr, Palette.MUTED);
        Formatting.size(fr, type.footer());
    }

    /** The counselor's note: a heading line and the text, in one framed and shaded box. */
    private void noteStyles() {
        CTStyle note = paragraph(NOTE, "Counselor Note", NORMAL);
        CTPPrGeneral p = note.addNewPPr();
        p.addNewKeepLines();
        frame(p.addNewPBdr());
        Formatting.shade(p.addNewShd(), Palette.NOTE_FILL);
        Formatting.spacing(p, 0, type.scale(200), BODY_LINE);
        p.addNewInd().setLeft(big(200));
        p.getInd().setRight(big(200));

        CTStyle heading = paragraph(NOTE_HEADING, "Counselor Note Heading", NOTE);
        heading.getNext().setVal(NOTE);
        CTPPrGeneral hp = heading.addNewPPr();
        hp.addNewKeepNext();
        Formatting.spacing(hp, type.scale(200), type.scale(60), BODY_LINE);
        Formatting.bold(heading.addNewRPr());
    }

    private static void frame(CTPBdr b) {
        Formatting.border(b.addNewTop(), 12, 6, Palette.HEADING);
        Formatting.border(b.addNewLeft(), 12, 8, Palette.HEADING);
        Formatting.border(b.addNewBottom(), 12, 6, Palette.HEADING);
        Formatting.border(b.addNewRight(), 12, 8, Palette.HEADING);
    }

    private void characterStyles() {
        CTStyle link = style(STStyleType.CHARACTER, HYPERLINK, "Hyperlink", null);
        link.addNewUiPriority().setVal(big(99));
        link.addNewUnhideWhenUsed();
        CTRPr lr = link.addNewRPr();
        Formatting.color(lr, Palette.LINK);
        Formatting.underline(lr);

        CTStyle strong = style(STStyleType.CHARACTER, STRONG, "Strong", null);
        strong.addNewUiPriority().setVal(big(22));
        strong.addNewQFormat();
        Formatting.bold(strong.addNewRPr());
    }

    /**
     * Thin borders round every cell and some padding; the header row's shading is set on its cells.
     *
     * <p>POI's slim schema jar can build a table's own {@code w:tblPr} but has no compiled type for the
     * same element inside a style, so the properties are built as a table's and their XML is copied into
     * the style with an XMLBeans cursor.
     */
    private void tableStyle() {
        CTStyle table = style(STStyleType.TABLE, TABLE, "Occuprint Table", null);
        table.addNewUiPriority().setVal(big(59));
        Formatting.spacing(table.addNewPPr(), 0, 0, 276);
        CTTblPr pr = CTTblPr.Factory.newInstance();
        CTTblBorders b = pr.addNewTblBorders();
        Formatting.border(b.addNewTop(), 6, 0, Palette.RULE);
        Formatting.border(b.addNewLeft(), 6, 0, Palette.RULE);
        Formatting.border(b.addNewBottom(), 6, 0, Palette.RULE);
        Formatting.border(b.addNewRight(), 6, 0, Palette.RULE);
        Formatting.border(b.addNewInsideH(), 6, 0, Palette.RULE);
        Formatting.border(b.addNewInsideV(), 6, 0, Palette.RULE);
        CTTblCellMar m = pr.addNewTblCellMar();
        width(m.addNewTop(), 60);
        width(m.addNewLeft(), 100);
        width(m.addNewBottom(), 60);
        width(m.addNewRight(), 100);
        try (XmlCursor from = pr.newCursor(); XmlCursor to = table.newCursor()) {
            to.toEndToken();
            to.beginElement(new QName(W, "tblPr", "w"));
            from.copyXmlContents(to);
        }
    }

    private static void width(CTTblWidth w, int twips) {
        w.setW(big(twips));
        w.setType(STTblWidth.DXA);
    }

    private CTStyle paragraph(String id, String name, @Nullable String basedOn) {
        CTStyle s = style(STStyleType.PARAGRAPH, id, name, basedOn);
        if (!id.equals(NORMAL)) {
            s.addNewNext().setVal(NORMAL);
        }
        return s;
    }

    private CTStyle style(STStyleType.Enum kind, String id, String name, @Nullable String basedOn) {
        CTStyle s = styles.addNewStyle();
        s.setType(kind);
        s.setStyleId(id);
        s.addNewName().setVal(name);
        if (basedOn != null) {
            s.addNewBasedOn().setVal(basedOn);
        }
        return s;
    }
}
