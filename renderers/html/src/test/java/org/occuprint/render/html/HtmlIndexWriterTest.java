package org.occuprint.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occuprint.guide.GuideEntry;
import org.occuprint.guide.GuideReport;
import org.occuprint.guide.GuideRunner;
import org.occuprint.model.Occupation;
import org.occuprint.model.Task;
import org.occuprint.testing.Fixtures;

class HtmlIndexWriterTest {
    @TempDir
    Path dir;

    @Test
    void guideIndexListsEveryOccupationWithLinksToItsFiles() throws Exception {
        Occupation nurses = Occupation.builder("29-1141.00", "Registered Nurses").summary(List.of("Care."))
                .task(Task.of("Assess patients.")).build();
        GuideReport report = GuideRunner.builder()
                .entries(List.of(GuideEntry.of(Fixtures.flagship()), GuideEntry.of(nurses)))
                .options(Fixtures.options().toBuilder().agency("EDD").build())
                .formats(List.of(new HtmlRenderer()), dir).index(new HtmlIndexWriter()).threads(2).build().run();
        assertThat(report.succeeded()).isTrue();
        Document d = Jsoup.parse(dir.resolve("index.html").toFile(), "UTF-8");
        assertThat(d.select("html").attr("lang")).isEqualTo("en-US");
        assertThat(d.select("h1").text()).isEqualTo("Occupational Profiles");
        assertThat(d.select("h2").eachText()).containsExactly("Healthcare Practitioners and Technical Occupations");
        assertThat(d.select("li span:first-child").eachText())
                .containsExactly("Medical Records Specialists (29-2072.00)", "Registered Nurses (29-1141.00)");
        assertThat(d.select("a").eachAttr("href"))
                .containsExactly("29-2072.00-medical-records-specialists.html", "29-1141.00-registered-nurses.html");
        assertThat(d.select("a").first().attr("aria-label")).isEqualTo("Print-ready HTML: Medical Records Specialists");
        for (String href : d.select("a").eachAttr("href")) {
            assertThat(Files.exists(dir.resolve(href))).isTrue();
        }
        assertThat(d.text()).contains("Published by EDD", Fixtures.PRINTED_ON);
    }
}
