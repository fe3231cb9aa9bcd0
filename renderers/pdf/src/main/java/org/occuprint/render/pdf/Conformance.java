package org.occuprint.render.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;

/**
 * What a PDF/UA-1 and PDF/A-2u file needs beyond its tags, at the document level: annotations visited in
 * structure order on every page ({@code /Tabs /S}), an sRGB output intent (the colours are DeviceRGB),
 * and the XMP identification of both parts ({@link #xmpIdentification()}), with the PDF/A extension
 * schema that declares the PDF/UA identification property.
 *
 * <p>The sRGB profile is the Java runtime's own ({@link ColorSpace#CS_sRGB}), read once per JVM.
 */
final class Conformance {
    private static final PdfName GTS_PDFA1 = PdfName.GTS_PDFA1;
    private static final String SRGB = "sRGB IEC61966-2.1";

    private Conformance() {
    }

    /** Settings that must be made before the writer is opened. */
    static void beforeOpen(PdfWriter writer) {
        writer.setTabs(PdfName.S);
    }

    /** Writes the output intent; call after the writer is opened, before the document is closed. */
    static void addOutputIntent(PdfWriter writer) {
        try {
            PdfStream profile = new PdfStream(SrgbProfile.BYTES);
            profile.put(PdfName.N, new PdfNumber(3));
            profile.flateCompress();
            PdfDictionary intent = new PdfDictionary(PdfName.OUTPUTINTENT);
            intent.put(PdfName.S, GTS_PDFA1);
            intent.put(PdfName.OUTPUTCONDITIONIDENTIFIER, new PdfString(SRGB));
            intent.put(PdfName.INFO, new PdfString(SRGB));
            intent.put(PdfName.REGISTRYNAME, new PdfString("http://www.color.org"));
            intent.put(PdfName.DESTOUTPUTPROFILE, writer.addToBody(profile).getIndirectReference());
            writer.getExtraCatalog().put(PdfName.OUTPUTINTENTS, new PdfArray(intent));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the output intent", e);
        }
    }

    /**
     * The XMP descriptions that identify the file as PDF/A-2u and PDF/UA-1, for the metadata packet's
     * {@code rdf:RDF} element.
     */
    static String xmpIdentification() {
        return """
                  <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
                   <pdfaid:part>2</pdfaid:part>
                   <pdfaid:conformance>U</pdfaid:conformance>
                  </rdf:Description>
                  <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
                   <pdfuaid:part>1</pdfuaid:part>
                  </rdf:Description>
                  <rdf:Description rdf:about=""
                    xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
                    xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
                    xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
                   <pdfaExtension:schemas>
                    <rdf:Bag>
                     <rdf:li rdf:parseType="Resource">
                      <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
                      <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                      <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                      <pdfaSchema:property>
                       <rdf:Seq>
                        <rdf:li rdf:parseType="Resource">
                         <pdfaProperty:name>part</pdfaProperty:name>
                         <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                         <pdfaProperty:category>internal</pdfaProperty:category>
                         <pdfaProperty:description>The part of ISO 14289 the file conforms to</pdfaProperty:description>
                        </rdf:li>
                       </rdf:Seq>
                      </pdfaSchema:property>
                     </rdf:li>
                    </rdf:Bag>
                   </pdfaExtension:schemas>
                  </rdf:Description>
                """;
    }

    /** The runtime's sRGB ICC profile, read on first use. */
    private static final class SrgbProfile {
        static final byte[] BYTES = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    }
}
