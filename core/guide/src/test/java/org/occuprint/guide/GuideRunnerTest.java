package org.occuprint.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occuprint.compose.Block;
import org.occuprint.compose.BookDocument;
import org.occuprint.compose.ProfileDocument;
import org.occuprint.compose.Section;
import org.occuprint.io.ProfileFormatException;
import org.occuprint.io.ProfileProblem;
import org.occuprint.model.Occupation;
import org.occuprint.model.Task;
import org.occuprint.render.BookBinder;
import org.occuprint.render.BookPart;
import org.occuprint.render.OutputFormat;
import org.occuprint.render.ProfileRenderer;
import org.occuprint.testing.Fixtures;

class GuideRunnerTest {
    @TempDir
    Path dir;

    /** Plain text: every paragraph of the document. */
    static class TextRenderer implements ProfileRenderer {
        @Override
        public OutputFormat format() {
            return new OutputFormat("txt", "text/plain", "txt", "Text");
        }

        @Override
        public void render(ProfileDocument doc, OutputStream out) {
            try {
                out.write(Fixtures.text(doc).getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A "book" that concatenates its parts after a contents list. */
    static class TextBinder implements BookBinder {
        @Override
        public String fileExtension() {
            return "txt";
        }

        @Override
        public void renderPart(ProfileDocument document, OutputStream out) {
            assertThat(document.layout().pageLabels()).isFalse();
            new TextRenderer().render(document, out);
        }

        @Override
        public int bind(BookDocument book, List<BookPart> parts, OutputStream out) throws IOException {
            StringBuilder sb = new StringBuilder(book.coverTitle()).append('\n');
            book.coverLines().forEach(l -> sb.append(l).append('\n'));
            for (BookDocument.Group g : book.groups()) {
                sb.append("# ").append(g.title()).append('\n');
                g.entries().forEach(e -> sb.append(e.code()).append(' ').append(e.title()).append('\n'));
            }
            out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
            for (BookPart p : parts) {
                out.write(Files.readAllBytes(p.file()));
                out.write('\n');
            }
            return parts.size() + 1;
        }
    }

    static Occupation occupation(String code, String title) {
        return Occupation.builder(code, title).summary(List.of("What " + title + " do.")).task(Task.of("Work.")).build();
    }

    static List<GuideEntry> entries() {
        List<GuideEntry> list = new ArrayList<>();
        list.add(GuideEntry.of(Fixtures.flagship()));
        list.add(GuideEntry.of(occupation("11-1011.00", "Chief Executives")));
        list.add(GuideEntry.of(occupation("29-1141.00", "Registered Nurses")));
        list.add(GuideEntry.of(occupation("15-1252.00", "Software Developers")));
        list.add(GuideEntry.of(occupation("29-1022.00", "Oral and Maxillofacial Surgeons")));
        list.add(GuideEntry.of(occupation("11-3031.01", "Treasurers and Controllers")));
        return list;
    }

    /** The pid of a process that has ended, as a run killed with SIGKILL has. */
    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("java", "-version").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        p.waitFor();
        return p.pid();
    }

    private GuideRunner.Builder runner(Path out, List<GuideEntry> entries) {
        return GuideRunner.builder().entries(entries).options(Fixtures.options())
                .formats(List.of(new TextRenderer()), out).book(out.resolve("book.txt"), new TextBinder());
    }

    private static Map<String, String> contents(Path d) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.list(d)) {
            for (Path p : s.toList()) {
                if (Files.isRegularFile(p)) {
                    m.put(p.getFileName().toString(), Files.readString(p));
                }
            }
        }
        return m;
    }

    @Test
    void bookIsGroupedByMajorGroupAndAlphabeticalInside() throws Exception {
        GuideReport report = runner(dir, entries()).threads(2).build().run();
        assertThat(report.succeeded()).isTrue();
        assertThat(report.rendered()).isEqualTo(6);
        String book = Files.readString(dir.resolve("book.txt"));
        assertThat(book).contains("Career profiles of 6 occupations");
        assertThat(book.lines().filter(l -> l.startsWith("# ") || l.matches("\\d\\d-\\d{4}\\.\\d\\d .*")).toList()).containsExactly(
                "# Management Occupations", "11-1011.00 Chief Executives", "11-3031.01 Treasurers and Controllers",
                "# Computer and Mathematical Occupations", "15-1252.00 Software Developers",
                "# Healthcare Practitioners and Technical Occupations", "29-2072.00 Medical Records Specialists",
                "29-1022.00 Oral and Maxillofacial Surgeons", "29-1141.00 Registered Nurses");
        assertThat(book).contains("Data: O*NET 29.3 Database; Occupational Employment and Wage Statistics, May 2024");
        assertThat(dir.resolve("book.txt.parts")).doesNotExist();
        assertThat(report.files()).hasSize(6);
    }

    @Test
    void aPoisonedProfileIsReportedAndTheRestArePrinted() throws Exception {
        List<GuideEntry> list = new ArrayList<>(entries());
        list.add(new GuideEntry("47-2061.00", "Construction Laborers", () -> {
            throw new ProfileFormatException("data set line 7", List.of(new ProfileProblem("tasks[0].task", "required", 1, 5)));
        }));
        List<GuideFailure> heard = new CopyOnWriteArrayList<>();
        GuideReport report = runner(dir, list).threads(3).listener(new GuideListener() {
            @Override
            public void failed(GuideFailure failure) {
                heard.add(failure);
            }
        }).build().run();
        assertThat(report.succeeded()).isFalse();
        assertThat(report.failures()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("47-2061.00");
            assertThat(f.reason()).isEqualTo("loading the profile: data set line 7: tasks[0].task: required (line 1, column 5)");
        });
        assertThat(heard).isEqualTo(report.failures());
        assertThat(report.rendered()).isEqualTo(6);
        String book = Files.readString(dir.resolve("book.txt"));
        assertThat(book).doesNotContain("Construction Laborers").contains("Registered Nurses");
    }

    @Test
    void bytesDoNotDependOnTheThreadCount() throws Exception {
        Path one = Files.createDirectory(dir.resolve("one"));
        Path four = Files.createDirectory(dir.resolve("four"));
        runner(one, entries()).threads(1).build().run();
        runner(four, entries()).threads(4).build().run();
        assertThat(contents(four)).isEqualTo(contents(one));
    }

    @Test
    void resumeKeepsCompleteFilesAndGivesTheSameResult() throws Exception {
        Path clean = Files.createDirectory(dir.resolve("clean"));
        runner(clean, entries()).threads(2).build().run();

        // An "interrupted" run: only some files are complete, and a temporary file is left behind.
        Path resumed = Files.createDirectory(dir.resolve("resumed"));
        runner(resumed, entries().subList(0, 3)).keepParts(true).build().run();
        Files.delete(resumed.resolve("book.txt"));
        long dead = deadPid();
        Files.writeString(resumed.resolve(".29-1141.00-registered-nurses.txt." + dead + "-1.tmp"), "half");
        Files.writeString(resumed.resolve("book.txt.parts/.29-1141.00.txt." + dead + "-7.tmp"), "");
        GuideReport report = runner(resumed, entries()).resume(true).threads(2).build().run();
        assertThat(report.skipped()).isEqualTo(3);
        assertThat(report.rendered()).isEqualTo(3);
        // the killed run's temporaries are gone, and with them the parts folder: only the book and the files stay
        assertThat(resumed.resolve(".29-1141.00-registered-nurses.txt." + dead + "-1.tmp")).doesNotExist();
        assertThat(resumed.resolve("book.txt.parts")).doesNotExist();
        assertThat(contents(resumed)).isEqualTo(contents(clean));
    }

    @Test
    void resumeRefusesFilesMadeWithOtherOptions() {
        runner(dir, entries()).build().run();
        GuideRunner other = GuideRunner.builder().entries(entries())
                .options(Fixtures.options().toBuilder().agency("Someone else").build())
                .formats(List.of(new TextRenderer()), dir).resume(true).build();
        assertThatThrownBy(other::run).isInstanceOfSatisfying(GuideResumeException.class,
                e -> assertThat(e.directory()).isEqualTo(dir)).hasMessageContaining("other options")
                .hasMessageNotContaining("--");
    }

    @Test
    void resumeRefusesFilesMadeWithOtherRendererSettings() {
        runner(dir, entries()).build().run();
        GuideRunner other = GuideRunner.builder().entries(entries()).options(Fixtures.options())
                .formats(List.of(new TextRenderer() {
                    @Override
                    public String settings() {
                        return "TextRenderer[upper case]";
                    }
                }), dir).resume(true).build();
        assertThatThrownBy(other::run).isInstanceOf(GuideResumeException.class);
    }

    @Test
    void partsHaveTheProfileOutline() {
        List<BookPart> seen = new ArrayList<>();
        GuideRunner.builder().entries(entries().subList(0, 1)).options(Fixtures.options())
                .book(dir.resolve("b.txt"), new TextBinder() {
                    @Override
                    public int bind(BookDocument book, List<BookPart> parts, OutputStream out) throws IOException {
                        seen.addAll(parts);
                        return super.bind(book, parts, out);
                    }
                }).build().run();
        ProfileDocument doc = Fixtures.compose(Fixtures.flagship());
        assertThat(seen).singleElement().satisfies(p -> assertThat(p.outline()).extracting(BookPart.Heading::text)
                .containsExactlyElementsOf(doc.sections().stream().map(Section::heading).toList()));
        assertThat(doc.sections().get(0).blocks()).first().isInstanceOf(Block.Paragraph.class);
    }
}
