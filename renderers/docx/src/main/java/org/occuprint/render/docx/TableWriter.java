package org.occuprint.render.docx;

import static org.occuprint.render.docx.Formatting.big;

import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.occuprint.compose.Block.Column;
import org.occuprint.compose.Block.Table;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLook;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes a data table: the caption above it (caption style, kept with the table), the table in the
 * Occuprint table style with a header row that repeats on every page, rows that never split across
 * pages, figures aligned right, fixed column widths that fill the text width, and the notes under it.
 * The caption is also the table's accessible name ({@code w:tblCaption}).
 */
final class TableWriter {
    /** Left plus right cell padding of the table style. */
    private static final int PADDING = 200;
    private static final int LOOK_FIRST_ROW = 0x0020;
    private static final int LOOK_FIRST_COLUMN = 0x0080;
    private static final int LOOK_NO_H_BAND = 0x0200;
    private static final int LOOK_NO_V_BAND = 0x0400;

    private final XWPFDocument doc;
    private final PageGeometry page;
    private final Typography type;

    TableWriter(XWPFDocument doc, PageGeometry page, Typography type) {
        this.doc = doc;
        this.page = page;
        this.type = type;
    }

    void write(Table t) {
        XWPFParagraph caption = doc.createParagraph();
        caption.setStyle(Styles.CAPTION);
        Runs.append(caption, t.caption());

        List<Column> columns = t.columns();
        int[] widths = ColumnWidths.of(t, page.textWidth(), type.averageCharWidth(), PADDING);
        XWPFTable table = doc.createTable(t.rows().size() + 1, columns.size());
        properties(table.getCTTbl(), t, widths);

        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < columns.size(); c++) {
            XWPFTableCell cell = header.getCell(c);
            fill(cell, widths[c], Styles.TABLE_HEADING, columns.get(c).header(), columns.get(c).numeric());
            Formatting.shade(cell.getCTTc().getTcPr().addNewShd(), Palette.TABLE_HEADER_FILL);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r + 1);
            row.setCantSplitRow(true);
            List<String> cells = t.rows().get(r);
            for (int c = 0; c < columns.size(); c++) {
                fill(row.getCell(c), widths[c], Styles.TABLE_TEXT, cells.get(c), columns.get(c).numeric());
            }
        }
        for (String note : t.notes()) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle(Styles.TABLE_NOTE);
            Runs.append(p, note);
        }
    }

    private void properties(CTTbl tbl, Table t, int[] widths) {
        CTTblPr pr = tbl.getTblPr() != null ? tbl.getTblPr() : tbl.addNewTblPr();
        if (pr.isSetTblBorders()) {
            pr.unsetTblBorders(); // POI's default borders; the table style has ours
        }
        pr.addNewTblStyle().setVal(Styles.TABLE);
        CTTblWidth w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        w.setW(big(page.textWidth()));
        w.setType(STTblWidth.DXA);
        pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblLook look = pr.isSetTblLook() ? pr.getTblLook() : pr.addNewTblLook();
        look.setFirstRow(true);
        look.setFirstColumn(t.rowHeaders());
        look.setLastRow(false);
        look.setLastColumn(false);
        look.setNoHBand(true);
        look.setNoVBand(true);
        // the same flags as a bit mask, which is all that Word 2007 reads
        int mask = LOOK_FIRST_ROW | (t.rowHeaders() ? LOOK_FIRST_COLUMN : 0) | LOOK_NO_H_BAND | LOOK_NO_V_BAND;
        look.setVal(new byte[] {(byte) (mask >> 8), (byte) mask});
        pr.addNewTblCaption().setVal(XmlText.clean(t.caption()));
        CTTblGrid grid = tbl.getTblGrid() != null ? tbl.getTblGrid() : tbl.addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(big(width));
        }
    }

    private static void fill(XWPFTableCell cell, int width, String style, String text, boolean numeric) {
        CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        CTTblWidth w = pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW();
        w.setW(big(width));
        w.setType(STTblWidth.DXA);
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setStyle(style);
        if (numeric) {
            p.setAlignment(ParagraphAlignment.RIGHT);
        }
        Runs.append(p, text);
    }
}
