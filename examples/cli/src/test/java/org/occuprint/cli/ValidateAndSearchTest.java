package org.occuprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occuprint.testing.Fixtures;

class ValidateAndSearchTest {
    @TempDir
    Path dir;

    @Test
    void validateListsEveryProblemWithItsPath() throws Exception {
        Path good = Fixtures.root().resolve("examples/profiles/29-2072.00.json");
        Path bad = Files.writeString(dir.resolve("bad.json"),
                "{\"formatVersion\": 1, \"code\": \"29-2072\", \"title\": \"T\", \"tasks\": [{\"skill\": \"x\"}], \"pay\": 1}");
        Cli r = Cli.run("validate", good.toString(), bad.toString());
        assertThat(r.exit).isEqualTo(1);
        assertThat(r.out).contains(good + ": valid")
                .contains(bad + ": code: '29-2072' is not an O*NET-SOC code (NN-NNNN.NN)")
                .contains(bad + ": tasks[0].task: required")
                .contains(bad + ": pay: unknown field");
        assertThat(r.err).contains("1 of 2 files not valid");
        assertThat(Cli.run("validate", good.toString()).exit).isZero();
        assertThat(Cli.run("validate", dir.resolve("missing.json").toString()).exit).isEqualTo(1);
    }

    @Test
    void searchFindsByTitleAndCode() {
        Cli r = Cli.run("search", "medical", "records");
        assertThat(r.exit).isZero();
        assertThat(r.out.lines()).contains("29-2072.00\tMedical Records Specialists");
        assertThat(Cli.run("search", "29-2072").out).contains("29-2072.00\tMedical Records Specialists");
        Cli none = Cli.run("search", "zzzzqqq");
        assertThat(none.exit).isEqualTo(1);
        assertThat(none.err).contains("no occupation matches 'zzzzqqq'");
    }

    @Test
    void searchCanListOnlyBrightOutlookOccupations() {
        Cli r = Cli.run("search", "--bright-outlook", "medical", "records");
        assertThat(r.exit).as(r.toString()).isZero();
        assertThat(r.out.lines()).contains(
                "29-2072.00\tMedical Records Specialists\tBright Outlook: faster than average growth, many openings");
        Cli none = Cli.run("search", "--bright-outlook", "patternmakers");
        assertThat(none.exit).isEqualTo(1);
        assertThat(none.err).contains("no Bright Outlook occupation matches 'patternmakers'");
        assertThat(Cli.run("search", "patternmakers").out).contains("51-7032.00\tPatternmakers, Wood");
    }

    @Test
    void searchListsEveryOccupationAndFindsNurses() {
        Cli all = Cli.run("search");
        assertThat(all.exit).isZero();
        assertThat(all.out.lines().count()).isGreaterThanOrEqualTo(900);
        Cli nurse = Cli.run("search", "nurse");
        assertThat(nurse.out.lines().limit(3)).contains("29-1141.00\tRegistered Nurses");
        assertThat(Cli.run("search", "CAFÉ").out).isEqualTo(Cli.run("search", "cafe").out);
    }

    @Test
    void importReportsAMissingFileAsADataError() {
        Cli r = Cli.run("import", "--onet", dir.resolve("nope").toString(), "--oews-national", dir.resolve("n.tsv").toString(),
                "--projections", dir.resolve("p.csv").toString(), "--out", dir.resolve("out.jsonl.gz").toString());
        assertThat(r.exit).as(r.toString()).isEqualTo(1);
        assertThat(r.err).startsWith("occuprint: ").contains("nope");
        assertThat(dir.resolve("out.jsonl.gz")).doesNotExist();
    }

    @Test
    void noCommandIsAUsageError() {
        Cli r = Cli.run();
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err).contains("a command is needed");
    }
}
