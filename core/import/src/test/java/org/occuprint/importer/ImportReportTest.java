package org.occuprint.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occuprint.data.DataSet;
import org.occuprint.testing.Fixtures;

/** The import writes the data set and reports how many occupations have each section. */
class ImportReportTest {
    @Test
    void runWritesTheDataSetAndCountsTheSections(@TempDir Path dir) {
        Path out = dir.resolve("nested/occupations.jsonl.gz");
        ImportReport report = new DataImporter().run(Slice.request(Slice.raw(), out)
                .overlay(Fixtures.root().resolve(BuildDefaultDataSet.FLAGSHIP)).build());
        assertThat(out).exists();
        assertThat(DataSet.load(out).codes()).containsExactlyElementsOf(Slice.CODES);
        assertThat(report.occupations()).isEqualTo(11);
        assertThat(report.overlaid()).containsExactly("29-2072.00");
        assertThat(report.count("tasks")).isEqualTo(11);
        assertThat(report.count("skills")).isEqualTo(10);
        assertThat(report.count("wages")).isEqualTo(10);
        assertThat(report.count("wages[US]")).isEqualTo(10);
        assertThat(report.count("wages[US].aggregate")).isEqualTo(3);
        assertThat(report.count("wages[US].topCoded")).isEqualTo(2);
        assertThat(report.count("wages[US].hourlyOnly")).isEqualTo(1);
        assertThat(report.count("wages[US].annualOnly")).isEqualTo(1);
        assertThat(report.count("wages[CBSA-40140]")).isEqualTo(9);
        assertThat(report.count("outlook[US]")).isEqualTo(11);
        assertThat(report.count("outlook[US].aggregate")).isEqualTo(3);
        assertThat(report.count("industries")).isEqualTo(10);
        assertThat(report.count("no such section")).isZero();
        assertThat(report.sections().keySet()).startsWith("alsoCalled", "summary", "tasks");
        assertThat(report.summary()).startsWith("Imported 11 occupations in ").contains("(overlays: 29-2072.00)")
                .contains("\n  wages[CBSA-40140]");
    }
}
