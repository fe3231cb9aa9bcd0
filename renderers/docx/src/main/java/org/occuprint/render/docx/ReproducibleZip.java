package org.occuprint.render.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.Deflater;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.util.Reproducibility;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Serializes a document with fixed zip entry times, so that the same input gives the same bytes, and with the
 * fastest compression.
 *
 * <p>POI stamps each zip entry with the current time unless {@link Reproducibility#isSourceDateEpoch()}
 * is true, in which case it uses time 0 (written as the DOS minimum, 1980-01-01, whatever the default
 * time zone). That flag is set from the {@code SOURCE_DATE_EPOCH} environment variable or for the
 * duration of {@link Reproducibility#runWithSourceDateEpoch}, which saves the old value, sets it, runs,
 * and restores it. The flag is one plain static field: two threads inside {@code runWithSourceDateEpoch}
 * at once can end with the first one's restore switching it off while the second still writes, and its
 * entries then get the current time. So every save in this renderer runs under one lock; the document is
 * written to memory there and copied to the caller's stream outside it, so a slow stream holds no one up.
 *
 * <p>POI saves into the zip stream it is given when that is a {@link ZipArchiveOutputStream}, as here, with
 * {@link Deflater#BEST_SPEED}. At POI's default level, deflating the flagship's {@code document.xml} (133 kB,
 * half of it the drawings' DrawingML) took 1.09 ms, a quarter of the whole handout; at the fastest it takes
 * 0.39 ms, and the file is 4.5 kB (a fifth) larger: 26 kB.
 */
final class ReproducibleZip {
    private static final Object LOCK = new Object();

    private ReproducibleZip() {
    }

    static byte[] bytes(XWPFDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        synchronized (LOCK) {
            try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
                zip.setLevel(Deflater.BEST_SPEED);
                Reproducibility.runWithSourceDateEpoch(() -> doc.write(zip));
            }
        }
        return out.toByteArray();
    }
}
