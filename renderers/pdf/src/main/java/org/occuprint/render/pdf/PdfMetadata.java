package org.occuprint.render.pdf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import org.occuprint.compose.DocumentInfo;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfBoolean;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The document-level metadata of one PDF, all taken from the composed document: the information
 * dictionary, the catalog's {@code /Lang}, the XMP stream and the file identifier. Nothing here reads a
 * clock: the creation and modification dates are the print date at 00:00 UTC.
 */
final class PdfMetadata {
    /** The producer, fixed: no version numbers, so that upgrading a library does not change the bytes. */
    static final String PRODUCER = "Occuprint (Flying Saucer, OpenPDF)";

    private final DocumentInfo info;
    private final byte[] fileId;

    /**
     * @param info   the composed document's metadata
     * @param fileId the file identifier, 16 bytes derived from the inputs
     */
    PdfMetadata(DocumentInfo info, byte[] fileId) {
        this.info = info;
        this.fileId = Arrays.copyOf(fileId, 16);
    }

    /** Sets what must be known before the document is opened; with {@code xmp}, the XMP metadata stream. */
    void beforeOpen(PdfWriter writer, boolean xmp) {
        beforeOpen(writer, xmp, false);
    }

    /**
     * Sets what must be known before the document is opened.
     *
     * @param xmp         whether to write the XMP metadata stream
     * @param conformance whether the XMP identifies the file as PDF/A-2u and PDF/UA-1
     */
    void beforeOpen(PdfWriter writer, boolean xmp, boolean conformance) {
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        writer.setCloseStream(false);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(info.languageTag()));
        PdfDictionary viewer = new PdfDictionary();
        viewer.put(PdfName.DISPLAYDOCTITLE, PdfBoolean.PDFTRUE);
        writer.getExtraCatalog().put(PdfName.VIEWERPREFERENCES, viewer);
        if (xmp) {
            writer.setXmpMetadata(xmp(conformance).getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * Writes the information dictionary, replacing what Flying Saucer took from the HTML head and
     * OpenPDF's own producer and creation date (the current time).
     */
    void beforeClose(PdfWriter writer) {
        PdfDictionary d = writer.getInfo();
        d.put(PdfName.TITLE, text(info.title()));
        d.put(PdfName.SUBJECT, text(info.subject()));
        d.put(PdfName.KEYWORDS, text(keywords()));
        d.put(PdfName.AUTHOR, text(info.author()));
        d.put(PdfName.CREATOR, text(info.creator()));
        d.put(PdfName.PRODUCER, text(PRODUCER));
        PdfDate date = new PdfDate(midnightUtc(info.printDate()));
        d.put(PdfName.CREATIONDATE, date);
        d.put(PdfName.MODDATE, date);
        // OpenPDF writes the trailer /ID from this entry when present (LibrePDF/OpenPDF#180); the entry
        // itself also stays in the information dictionary, as a harmless custom key.
        d.put(PdfName.FILEID, fileIdArray());
    }

    private PdfObject fileIdArray() {
        PdfArray id = new PdfArray();
        id.add(new PdfString(fileId).setHexWriting(true));
        id.add(new PdfString(fileId).setHexWriting(true));
        return id;
    }

    private String keywords() {
        return String.join(", ", info.keywords());
    }

    private static PdfString text(String s) {
        return new PdfString(s, PdfObject.TEXT_UNICODE);
    }

    private static GregorianCalendar midnightUtc(LocalDate date) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        c.clear();
        c.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 0, 0, 0);
        return c;
    }

    /**
     * The XMP packet: Dublin Core, XMP basic, PDF and media-management properties, and with
     * {@code conformance} the PDF/A and PDF/UA identification.
     */
    String xmp(boolean conformance) {
        String date = info.printDate() + "T00:00:00Z";
        String uuid = uuid();
        StringBuilder x = new StringBuilder(2048);
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("  <rdf:Description rdf:about=\"\"\n")
                .append("    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n")
                .append("    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n")
                .append("    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n")
                .append("    xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\">\n")
                .append("   <dc:format>application/pdf</dc:format>\n");
        alt(x, "dc:title", info.title());
        alt(x, "dc:description", info.subject());
        list(x, "dc:creator", "Seq", List.of(info.author()));
        list(x, "dc:subject", "Bag", info.keywords());
        list(x, "dc:language", "Bag", List.of(info.languageTag()));
        simple(x, "pdf:Keywords", keywords());
        simple(x, "pdf:Producer", PRODUCER);
        simple(x, "xmp:CreatorTool", info.creator());
        simple(x, "xmp:CreateDate", date);
        simple(x, "xmp:ModifyDate", date);
        simple(x, "xmp:MetadataDate", date);
        simple(x, "xmpMM:DocumentID", uuid);
        simple(x, "xmpMM:InstanceID", uuid);
        x.append("  </rdf:Description>\n");
        if (conformance) {
            x.append(Conformance.xmpIdentification());
        }
        x.append(" </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>");
        return x.toString();
    }

    private static void simple(StringBuilder x, String name, String value) {
        x.append("   <").append(name).append('>').append(escape(value)).append("</").append(name).append(">\n");
    }

    private static void alt(StringBuilder x, String name, String value) {
        x.append("   <").append(name).append("><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(value))
                .append("</rdf:li></rdf:Alt></").append(name).append(">\n");
    }

    private static void list(StringBuilder x, String name, String kind, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        x.append("   <").append(name).append("><rdf:").append(kind).append('>');
        for (String v : values) {
            x.append("<rdf:li>").append(escape(v)).append("</rdf:li>");
        }
        x.append("</rdf:").append(kind).append("></").append(name).append(">\n");
    }

    /** XML character data: markup characters escaped, characters XML 1.0 does not allow removed. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> {
                    boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                            || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000;
                    if (allowed) {
                        sb.appendCodePoint(cp);
                    }
                }
            }
        });
        return sb.toString();
    }

    /** A name-based UUID (version 5 layout) made from the file identifier. */
    private String uuid() {
        byte[] b = fileId.clone();
        b[6] = (byte) ((b[6] & 0x0f) | 0x50);
        b[8] = (byte) ((b[8] & 0x3f) | 0x80);
        String h = HexFormat.of().formatHex(b);
        return "uuid:" + h.substring(0, 8) + '-' + h.substring(8, 12) + '-' + h.substring(12, 16) + '-'
                + h.substring(16, 20) + '-' + h.substring(20, 32);
    }
}
