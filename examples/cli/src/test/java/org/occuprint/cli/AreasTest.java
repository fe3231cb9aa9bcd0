package org.occuprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code occuprint areas}, area ids on {@code render}, and one handout for every area in all three formats. */
class AreasTest {
    @TempDir
    Path dir;

    private static List<String[]> areas(String... args) {
        List<String> all = new ArrayList<>(List.of("areas"));
        all.addAll(List.of(args));
        Cli r = Cli.run(all.toArray(String[]::new));
        assertThat(r.exit).as(r.toString()).isZero();
        return r.out.lines().map(l -> l.split("\t", -1)).toList();
    }

    @Test
    void areasListsTheNationCaliforniaAndEddsThirtyTwoAreasAsIdTabName() {
        List<String[]> all = areas();
        assertThat(all).hasSize(34).allMatch(f -> f.length == 2);
        assertThat(all.get(0)).containsExactly("US", "United States");
        assertThat(all).anySatisfy(f -> assertThat(f).containsExactly("ST-06", "California"))
                .anySatisfy(f -> assertThat(f).containsExactly("CBSA-40140", "Riverside–San Bernardino–Ontario"))
                .anySatisfy(f -> assertThat(f).containsExactly("CBSA-31084", "Los Angeles–Long Beach–Glendale"))
                .anySatisfy(f -> assertThat(f).containsExactly("RG-CA-NORTH-COAST", "North Coast"));
        assertThat(areas("--state", "CA")).hasSize(33).noneMatch(f -> f[0].equals("US"));
        assertThat(areas("--state", "ST-06")).hasSize(33);
        assertThat(areas("--state", "California")).hasSize(33);
    }

    @Test
    void aStateWithoutDataOrAnUnknownStateIsRefused() {
        Cli none = Cli.run("areas", "--state", "TX");
        assertThat(none.exit).isEqualTo(1);
        assertThat(none.err).contains("the data has no area in TX");
        Cli bad = Cli.run("areas", "--state", "Atlantis");
        assertThat(bad.exit).isEqualTo(2);
        assertThat(bad.err).contains("'Atlantis' is not a state");
    }

    @Test
    void anUnknownAreaIdNamesTheClosestOnesInOneLine() {
        Cli r = Cli.run("render", "29-1141.00", "--area", "CBSA-40141", "--out", dir.toString());
        assertThat(r.exit).isNotZero();
        assertThat(r.err.strip().lines()).hasSize(1);
        assertThat(r.err).contains("Unknown area 'CBSA-40141'").contains("CBSA-40140 (Riverside–San Bernardino–Ontario)")
                .contains("occuprint areas");
    }

    @Test
    void californiaAndTheNationSideBySideWithTheirPeriodsInEveryFormat() throws Exception {
        Cli r = Cli.run("render", "29-1141.00", "--area", "ST-06", "--area", "US", "--format", "pdf,docx,html",
                "--printed-on", "2022-05-21", "--out", dir.toString());
        assertThat(r.exit).as(r.toString()).isZero();
        for (String ext : List.of("pdf", "docx", "html")) {
            String text = text(dir.resolve("29-1141.00-registered-nurses." + ext));
            assertThat(text).as(ext).contains("323,900", "358,900", "$129,851", "2020–2030 (California EDD)",
                    "2024–2034 (BLS)", "California EDD projects employment of Registered Nurses in California",
                    "pandemic year", "Long-Term Occupational Employment Projections");
        }
    }

    @Test
    void oneHandoutForEveryAreaInAllThreeFormatsNamesEachAreaAndItsCounties() throws Exception {
        List<String> args = new ArrayList<>(List.of("render", "29-1141.00", "--format", "pdf,docx,html",
                "--printed-on", "2022-05-21", "--out", dir.toString()));
        List<String[]> all = areas();
        for (String[] a : all) {
            args.add("--area");
            args.add(a[0]);
        }
        Cli r = Cli.run(args.toArray(String[]::new));
        assertThat(r.exit).as(r.toString()).isZero();
        for (String ext : List.of("pdf", "docx", "html")) {
            String text = text(dir.resolve("29-1141.00-registered-nurses." + ext));
            for (String[] a : all) {
                // PDF table cells may wrap a long name: compare its first word
                assertThat(text).as(ext + " " + a[0]).contains(a[1].split("[ –]")[0]);
            }
            assertThat(text).as(ext).contains("Riverside and San Bernardino Counties", "Del Norte, Humboldt, Lake, and Mendocino");
        }
    }

    private static String text(Path file) throws Exception {
        String name = file.getFileName().toString();
        String raw;
        if (name.endsWith(".pdf")) {
            try (PDDocument d = Loader.loadPDF(file.toFile())) {
                raw = new PDFTextStripper().getText(d);
            }
        } else if (name.endsWith(".docx")) {
            try (InputStream in = Files.newInputStream(file); XWPFDocument d = new XWPFDocument(in);
                    XWPFWordExtractor x = new XWPFWordExtractor(d)) {
                raw = x.getText();
            }
        } else {
            raw = Jsoup.parse(file.toFile()).body().text();
        }
        return raw.replaceAll("\\s+", " ");
    }
}
