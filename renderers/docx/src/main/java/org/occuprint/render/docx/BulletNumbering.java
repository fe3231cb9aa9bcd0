package org.occuprint.render.docx;

import static org.occuprint.render.docx.Formatting.big;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * The bullet list definition in {@code numbering.xml}: one abstract numbering with three bullet levels
 * (so that a counselor can indent an item), linked to the List Bullet paragraph style.
 */
final class BulletNumbering {
    private static final String[] BULLETS = {"\u2022", "\u2013", "\u25E6"};

    private BulletNumbering() {
    }

    /** Adds the definition and returns the {@code numId} that paragraphs and styles refer to. */
    static BigInteger install(XWPFDocument doc, Typography type, String fontFamily) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.ZERO);
        int step = type.scale(320);
        for (int level = 0; level < BULLETS.length; level++) {
            CTLvl lvl = abstractNum.addNewLvl();
            lvl.setIlvl(big(level));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(STNumberFormat.BULLET);
            if (level == 0) {
                lvl.addNewPStyle().setVal(Styles.LIST);
            }
            lvl.addNewLvlText().setVal(BULLETS[level]);
            lvl.addNewLvlJc().setVal(STJc.LEFT);
            CTInd ind = lvl.addNewPPr().addNewInd();
            ind.setLeft(big((long) step * (level + 1)));
            ind.setHanging(big(type.scale(200)));
            CTRPr r = lvl.addNewRPr();
            Formatting.fonts(r, fontFamily);
        }
        XWPFNumbering numbering = doc.createNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
        return numbering.addNum(abstractId);
    }
}
