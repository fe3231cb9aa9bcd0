package org.occuprint.render.docx;

import static org.occuprint.render.docx.Formatting.big;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.occuprint.compose.Footer;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * The document's one section: paper size, margins, and the footer every page prints: the print date on
 * the left and, at a right tab stop, {@code before + PAGE + between + NUMPAGES + after} built from real
 * fields that Word and LibreOffice fill in when they lay the pages out.
 */
final class PageSetup {
    private PageSetup() {
    }

    static void install(XWPFDocument doc, PageGeometry page, Footer footer) {
        CTBody body = doc.getDocument().getBody();
        CTSectPr sect = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(big(page.width()));
        size.setH(big(page.height()));
        CTPageMar margins = sect.addNewPgMar();
        margins.setTop(big(page.margin()));
        margins.setRight(big(page.margin()));
        margins.setBottom(big(page.bottomMargin()));
        margins.setLeft(big(page.margin()));
        margins.setHeader(big(page.margin() / 2));
        margins.setFooter(big(page.footerDistance()));
        margins.setGutter(big(0));
        footer(doc.createFooter(HeaderFooterType.DEFAULT), footer);
    }

    private static void footer(XWPFFooter f, Footer footer) {
        XWPFParagraph p = f.getParagraphs().isEmpty() ? f.createParagraph() : f.getParagraphArray(0);
        p.setStyle(Styles.FOOTER);
        Runs.append(p, footer.printedOn());
        p.createRun().addTab();
        appendIfAny(p, footer.before());
        field(p, "PAGE");
        appendIfAny(p, footer.between());
        field(p, "NUMPAGES");
        appendIfAny(p, footer.after());
    }

    private static void appendIfAny(XWPFParagraph p, String text) {
        if (!text.isEmpty()) {
            Runs.append(p, text);
        }
    }

    /** A complex field: begin, instruction, separate, a placeholder result, end (as Word writes them). */
    private static void field(XWPFParagraph p, String instruction) {
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        CTR code = p.createRun().getCTR();
        CTText instr = code.addNewInstrText();
        instr.setStringValue(" " + instruction + " ");
        instr.setSpace(SpaceAttribute.Space.PRESERVE);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        p.createRun().setText("1");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }
}
