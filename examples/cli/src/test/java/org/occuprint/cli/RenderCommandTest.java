package org.occuprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {
    @TempDir
    Path dir;

    private String[] args(String... more) {
        return Stream.concat(Stream.of(more), Stream.of("--out", dir.toString())).toArray(String[]::new);
    }

    private long files() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    @Test
    void flagshipHtmlHasFooterDisclaimerHeadingsAndRealFigures() throws Exception {
        Cli r = Cli.run(args("render", "29-2072.00", "--format", "html", "--printed-on", "2022-05-21"));
        assertThat(r.exit).as(r.toString()).isZero();
        Path file = dir.resolve("29-2072.00-medical-records-specialists.html");
        assertThat(r.out.trim()).isEqualTo(file.toString());
        Document d = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(d.select("style").html()).contains("Printed on Saturday, May 21, 2022");
        assertThat(d.select("h2").eachText()).contains("What would I do?", "Tasks", "Important skills", "Tools and technology",
                "Working conditions", "Will this job fit me?", "Wages", "Benefits", "Job outlook", "How do I get ready?",
                "Where can this job lead?", "How do I find a job?", "Related occupations", "Other sources of information");
        String text = d.body().text();
        assertThat(text).contains("These links are provided for your convenience and do not constitute an endorsement by EDD.")
                .contains("$50,250", "$24.16", "$53,460", "194,800", "208,600", "7.1%", "14,200")
                .doesNotContain("N/A");
        assertThat(d.select("table caption").eachText()).contains("Wages, 2024", "Projected employment, 2020–2030 (California EDD)",
                "Projected employment, 2024–2034 (BLS)");
    }

    @Test
    void severalFormatsInOneRunAndOptionsReachTheOutput() throws Exception {
        Cli r = Cli.run(args("render", "29-2072.00", "-f", "html", "--summary", "--agency", "Inland Empire WDB",
                "--note", "Call Ana on Monday.\\nBring your résumé.", "--office", "Riverside Job Center\\n(951) 555-0100",
                "--area", "US", "--large-print", "--page-size", "a4", "--printed-on", "2022-05-21"));
        assertThat(r.exit).as(r.toString()).isZero();
        Document d = Jsoup.parse(dir.resolve("29-2072.00-medical-records-specialists.html").toFile(), "UTF-8");
        assertThat(d.select(".note-text br")).hasSize(1);
        assertThat(d.select(".note-text").text()).isEqualTo("Call Ana on Monday. Bring your résumé.");
        assertThat(d.select(".office").text()).isEqualTo("Riverside Job Center (951) 555-0100");
        assertThat(d.select("h2").eachText()).doesNotContain("Important skills", "Benefits");
        assertThat(d.body().text()).contains("Inland Empire WDB prepared this handout").doesNotContain("$53,460");
        assertThat(d.select("style").html()).contains("size: A4");
        assertThat(d.body().hasClass("large-print")).isTrue();
    }

    @Test
    void chartsAndQrCodeCanBeLeftOutOrPointElsewhere() throws Exception {
        Cli all = Cli.run(args("render", "29-2072.00", "-f", "html", "--printed-on", "2022-05-21"));
        assertThat(all.exit).as(all.toString()).isZero();
        Path file = dir.resolve("29-2072.00-medical-records-specialists.html");
        Document d = Jsoup.parse(file.toFile(), "UTF-8");
        assertThat(d.select("figure.chart figcaption").eachText()).containsExactly(
                "Annual wages, 2024: the middle half and the median",
                "Projected change in employment, 2020–2030 (California EDD)",
                "Projected change in employment, 2024–2034 (BLS)");
        assertThat(d.select(".online a").attr("href")).isEqualTo("https://www.onetonline.org/link/summary/29-2072.00");

        Cli agency = Cli.run(args("render", "29-2072.00", "-f", "html", "--online-profile",
                "https://jobs.example.org/careers/{soc}", "--no-charts"));
        assertThat(agency.exit).as(agency.toString()).isZero();
        d = Jsoup.parse(file.toFile(), "UTF-8");
        assertThat(d.select("figure.chart")).isEmpty();
        assertThat(d.select(".online a").text()).isEqualTo("https://jobs.example.org/careers/29-2072");

        Cli none = Cli.run(args("render", "29-2072.00", "-f", "html", "--no-qr"));
        assertThat(none.exit).as(none.toString()).isZero();
        assertThat(Jsoup.parse(file.toFile(), "UTF-8").select(".online, svg.qr-code")).isEmpty();

        Cli bad = Cli.run(args("render", "29-2072.00", "-f", "html", "--online-profile", "ftp://example.org/{code}"));
        assertThat(bad.exit).isEqualTo(1);
        assertThat(bad.err).contains("ftp://example.org/{code}").contains("not an http or https address")
                .doesNotContain("Exception");
    }

    @Test
    void omitAndSectionsSelect() throws Exception {
        Cli r = Cli.run(args("render", "29-2072.00", "-f", "html", "--sections", "wages,outlook,skills", "--omit", "skills"));
        assertThat(r.exit).as(r.toString()).isZero();
        Document d = Jsoup.parse(dir.resolve("29-2072.00-medical-records-specialists.html").toFile(), "UTF-8");
        assertThat(d.select("section").eachAttr("id")).containsExactly("wages", "outlook", "about");
    }

    @Test
    void unknownFormatIsAUsageError() throws Exception {
        Cli r = Cli.run(args("render", "29-2072.00", "--format", "xls"));
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err).startsWith("occuprint: unknown format 'xls' (valid: ").contains("html");
        assertThat(files()).isZero();
    }

    @Test
    void unknownSectionIsAUsageErrorListingTheValidIds() {
        Cli r = Cli.run(args("render", "29-2072.00", "--omit", "salary"));
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err).contains("unknown section 'salary' (valid: summary, tasks, skills, technology, conditions,"
                + " interests, wages, benefits, outlook, education, advancement, finding-work, related, sources)");
    }

    @Test
    void badDateAndLocaleAreUsageErrors() {
        assertThat(Cli.run(args("render", "29-2072.00", "--printed-on", "2022-13-01")).err)
                .contains("'2022-13-01' is not a date like 2022-05-21");
        Cli r = Cli.run(args("render", "29-2072.00", "--locale", "fr-FR"));
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err).contains("unsupported locale 'fr-FR' (supported: en-US)");
    }

    @Test
    void unknownCodeIsADataErrorAndWritesNothing() throws Exception {
        Cli r = Cli.run(args("render", "29-9999.00", "--format", "html"));
        assertThat(r.exit).isEqualTo(1);
        assertThat(r.err.lines()).hasSize(1).first().asString().startsWith("occuprint: Unknown occupation code '29-9999.00'");
        assertThat(files()).isZero();
    }

    @Test
    void malformedJsonIsADataErrorNamingFileLineAndColumn() throws Exception {
        Path bad = Files.writeString(Files.createTempDirectory("occ").resolve("bad.json"), "{\"formatVersion\": 1,\n \"code\": }");
        Cli r = Cli.run(args("render", bad.toString(), "--format", "html"));
        assertThat(r.exit).isEqualTo(1);
        assertThat(r.err).contains(bad.toString()).contains("malformed JSON").contains("(line 2, column");
        assertThat(r.err).doesNotContain("Exception", "\tat ");
        assertThat(files()).isZero();
    }

    @Test
    void unknownAreaIsADataError() throws Exception {
        Cli r = Cli.run(args("render", "29-2072.00", "--format", "html", "--area", "CBSA-99999"));
        assertThat(r.exit).isEqualTo(1);
        assertThat(r.err).startsWith("occuprint: Unknown area 'CBSA-99999'");
        assertThat(files()).isZero();
    }

    @Test
    void unwritableOutIsADataError() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
        Cli r = Cli.run("render", "29-2072.00", "--format", "html", "--out", file.toString());
        assertThat(r.exit).isEqualTo(1);
        assertThat(r.err).startsWith("occuprint: Cannot write " + file + ": a file of that name is in the way");
        assertThat(files()).isEqualTo(1);
    }

    @Test
    void missingLogoFailsBeforeAnythingIsWritten() throws Exception {
        Cli r = Cli.run(args("render", "29-2072.00", "--format", "html", "--logo", dir.resolve("nope.png").toString()));
        assertThat(r.exit).isEqualTo(1);
        assertThat(r.err).contains("Cannot read the logo").contains("no such file");
        assertThat(files()).isZero();
        Path fake = Files.writeString(dir.resolve("fake.png"), "not an image");
        Cli r2 = Cli.run(args("render", "29-2072.00", "--format", "html", "--logo", fake.toString()));
        assertThat(r2.exit).isEqualTo(1);
        assertThat(r2.err).contains("neither a PNG nor a JPEG");
        assertThat(files()).isEqualTo(1);
    }

    @Test
    void debugShowsTheStackTrace() {
        Cli quiet = Cli.run(args("render", "29-9999.00", "--format", "html"));
        assertThat(quiet.err).doesNotContain("\tat ");
        Cli debug = Cli.run(args("render", "29-9999.00", "--format", "html", "--debug"));
        assertThat(debug.exit).isEqualTo(1);
        assertThat(debug.err).contains("\tat org.occuprint.cli");
    }

    @Test
    void helpShowsAnExampleAndVersionWorks() {
        Cli help = Cli.run("render", "--help");
        assertThat(help.exit).isZero();
        assertThat(help.out).contains("occuprint render 29-2072.00").contains("--sections").contains("finding-work");
        Cli version = Cli.run("--version");
        assertThat(version.exit).isZero();
        assertThat(version.out).startsWith("occuprint ");
    }
}
