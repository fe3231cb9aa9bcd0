package org.occuprint.render.docx;

import static org.occuprint.render.docx.Formatting.big;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jspecify.annotations.Nullable;
import org.occuprint.compose.Block;
import org.occuprint.compose.Block.BulletList;
import org.occuprint.compose.Block.Chart;
import org.occuprint.compose.Block.LinkItem;
import org.occuprint.compose.Block.LinkList;
import org.occuprint.compose.Block.ListItem;
import org.occuprint.compose.Block.Notice;
import org.occuprint.compose.Block.Paragraph;
import org.occuprint.compose.Block.Subheading;
import org.occuprint.compose.Block.Table;
import org.occuprint.compose.Image;
import org.occuprint.compose.PacketDocument;
import org.occuprint.compose.QrCode;
import org.occuprint.compose.Section;
import org.occuprint.compose.TitleBlock;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;

/**
 * Writes the body in reading order: the title block (logo, title, lines under it, the online profile with its
 * QR code, office lines, the counselor's note), then every section with its heading and blocks. Every
 * paragraph gets a named style; nothing is formatted by hand except the alignment of figures, the space after
 * a list's last item and the text inside a chart's drawing.
 */
final class BodyWriter {
    private static final int MAX_BOOKMARK = 40;
    /** The logo's drawing id; every other drawing and shape counts up from the next. */
    private static final long LOGO_ID = 1;

    private final SplicingDocument doc;
    private final Typography type;
    private final TableWriter tables;
    private final ChartWriter charts;
    private long nextBookmark;
    private long nextDrawingId = LOGO_ID + 1;
    private int chartCount;

    BodyWriter(SplicingDocument doc, PageGeometry page, Typography type) {
        this.doc = doc;
        this.type = type;
        this.tables = new TableWriter(doc, page, type);
        this.charts = new ChartWriter(doc);
    }

    void write(TitleBlock title, List<Section> sections) throws IOException, InvalidFormatException {
        titleBlock(title);
        for (Section s : sections) {
            section(s);
        }
    }

    /**
     * A packet: its title block and contents (each entry a link to its part's bookmark), the comparison, then
     * each handout and the closing part from a new page.
     */
    void write(PacketDocument packet) throws IOException, InvalidFormatException {
        titleBlock(packet.titleBlock());
        XWPFParagraph heading = styled(Styles.SECTION);
        bookmark(heading, "contents", packet.contents().heading());
        @Nullable XWPFParagraph last = null;
        for (PacketDocument.Entry e : packet.contents().entries()) {
            last = styled(Styles.LIST);
            CTHyperlink link = last.getCTP().addNewHyperlink();
            link.setAnchor(bookmarkName(e.anchor()));
            XWPFHyperlinkRun run = new XWPFHyperlinkRun(link, link.addNewR(), last);
            run.setStyle(Styles.HYPERLINK);
            run.setText(XmlText.clean(e.text()));
            last.addRun(run);
        }
        endList(last);
        section(packet.comparison());
        for (PacketDocument.Handout h : packet.handouts()) {
            titleBlock(h.document().titleBlock(), h.anchor());
            for (Section s : h.document().sections()) {
                section(s);
            }
        }
        boolean first = true;
        for (Section s : packet.closing()) {
            XWPFParagraph p = section(s);
            p.setPageBreak(first);
            first = false;
        }
    }

    private void titleBlock(TitleBlock t) throws IOException, InvalidFormatException {
        titleBlock(t, null);
    }

    /** With an anchor, the title starts a new page and carries a bookmark of that name (a handout in a packet). */
    private void titleBlock(TitleBlock t, @Nullable String anchor) throws IOException, InvalidFormatException {
        if (t.logo().isPresent()) {
            logo(t.logo().get());
        }
        if (anchor != null) {
            XWPFParagraph title = styled(Styles.TITLE);
            title.setPageBreak(true);
            bookmark(title, anchor, t.title());
        } else {
            paragraph(Styles.TITLE, t.title());
        }
        for (String line : t.lines()) {
            paragraph(Styles.TITLE_LINE, line);
        }
        if (t.online().isPresent()) {
            online(t.online().get());
        }
        if (!t.officeLines().isEmpty()) {
            XWPFParagraph office = styled(Styles.OFFICE);
            Runs.appendLines(office, t.officeLines());
        }
        if (t.note().isPresent()) {
            TitleBlock.Note note = t.note().get();
            paragraph(Styles.NOTE_HEADING, note.heading());
            Runs.appendLines(styled(Styles.NOTE), note.lines());
        }
    }

    /** The logo as an inline picture whose description is the image's alternative text. */
    private void logo(Image image) throws IOException, InvalidFormatException {
        boolean png = "image/png".equals(image.logo().mediaType());
        XWPFRun run = styled(Styles.LOGO).createRun();
        XWPFPicture picture = run.addPicture(new ByteArrayInputStream(image.logo().data()),
                png ? PictureType.PNG : PictureType.JPEG, png ? "logo.png" : "logo.jpeg",
                Units.toEMU(image.widthPoints()), Units.toEMU(image.heightPoints()));
        String alt = XmlText.clean(image.alt());
        CTInline inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
        inline.getDocPr().setId(LOGO_ID); // POI numbers drawings from 0; Word's own documents start at 1
        inline.getDocPr().setName("Logo");
        inline.getDocPr().setDescr(alt);
        picture.getCTPicture().getNvPicPr().getCNvPr().setDescr(alt);
    }

    /**
     * The online profile: its QR code as an inline picture whose description is the code's alternative text,
     * then the label and the address, linked.
     */
    private void online(TitleBlock.Online online) throws InvalidFormatException {
        XWPFParagraph p = styled(Styles.ONLINE);
        float size = QrCode.PRINTED_SIZE;
        String relation = doc.addPictureData(QrCodes.png(online.code()), PictureType.PNG);
        ChartWriter.inline(doc, p.createRun(), size, size, nextDrawingId++, "QR code", online.alt(),
                ChartWriter.PICTURE_URI, 1024,
                x -> ChartWriter.picture(x, relation, "QR code", online.alt(), size, size));
        Runs.append(p, "  " + online.label() + " ");
        Links.address(p, online.url(), Optional.of(online.url()));
    }

    /** The heading, wrapped in a bookmark named after the section's anchor; returns the heading. */
    private XWPFParagraph section(Section s) {
        XWPFParagraph heading = styled(Styles.SECTION);
        bookmark(heading, s.anchor(), s.heading());
        for (Block b : s.blocks()) {
            block(b);
        }
        return heading;
    }

    /** The text, wrapped in a bookmark named after the anchor. */
    private void bookmark(XWPFParagraph p, String anchor, String text) {
        BigInteger id = big(nextBookmark++);
        CTBookmark start = p.getCTP().addNewBookmarkStart();
        start.setId(id);
        start.setName(bookmarkName(anchor));
        Runs.append(p, text);
        p.getCTP().addNewBookmarkEnd().setId(id);
    }

    /**
     * Word allows letters, digits and underscores in bookmark names, at most 40 of them:
     * {@code finding-work} becomes {@code finding_work}.
     */
    static String bookmarkName(String anchor) {
        String name = anchor.replace('-', '_');
        return name.length() <= MAX_BOOKMARK ? name : name.substring(0, MAX_BOOKMARK);
    }

    private void block(Block b) {
        if (b instanceof Paragraph p) {
            paragraph(Styles.NORMAL, p.text());
        } else if (b instanceof Subheading h) {
            paragraph(Styles.SUBSECTION, h.text());
        } else if (b instanceof BulletList l) {
            list(l.items());
        } else if (b instanceof Table t) {
            tables.write(t);
        } else if (b instanceof LinkList l) {
            links(l.items());
        } else if (b instanceof Notice n) {
            paragraph(Styles.NOTICE, n.text());
        } else if (b instanceof Chart c) {
            charts.write(c, ++chartCount, () -> nextDrawingId++);
        } else {
            throw new IllegalStateException("Unknown block " + b.getClass().getName());
        }
    }

    private void list(List<ListItem> items) {
        @Nullable XWPFParagraph last = null;
        for (ListItem item : items) {
            last = styled(Styles.LIST);
            if (item.lead().isPresent()) {
                Runs.append(last, item.lead().get(), Styles.STRONG);
                if (!item.text().isEmpty()) {
                    Runs.append(last, " " + item.text());
                }
            } else {
                Runs.append(last, item.text());
            }
        }
        endList(last);
    }

    private void links(List<LinkItem> items) {
        @Nullable XWPFParagraph last = null;
        for (LinkItem item : items) {
            last = styled(Styles.LIST);
            Links.append(last, item);
        }
        endList(last);
    }

    /** A list ends with the space of a paragraph, not of an item. */
    private void endList(@Nullable XWPFParagraph last) {
        if (last != null) {
            last.setSpacingAfter(type.scale(120));
        }
    }

    private void paragraph(String style, String text) {
        Runs.append(styled(style), text);
    }

    private XWPFParagraph styled(String style) {
        XWPFParagraph p = doc.createParagraph();
        if (!Styles.NORMAL.equals(style)) {
            p.setStyle(style);
        }
        return p;
    }
}
