package org.occuprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occuprint.compose.ProfileDocument;
import org.occuprint.error.OccuprintException;
import org.occuprint.error.OutputException;
import org.occuprint.render.OutputFormat;
import org.occuprint.render.ProfileRenderer;
import org.occuprint.render.RenderException;
import org.occuprint.testing.Fixtures;

class OccuprintTest {
    /** Writes the title, or fails when told to. */
    private record Title(String id, boolean fail) implements ProfileRenderer {
        @Override
        public OutputFormat format() {
            return new OutputFormat(id, "text/plain", id, id.toUpperCase(java.util.Locale.ROOT));
        }

        @Override
        public void render(ProfileDocument document, OutputStream out) {
            if (fail) {
                throw RenderException.of(document.info().code(), id, "told to fail", null);
            }
            try {
                out.write(document.titleBlock().title().getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw RenderException.of(document.info().code(), id, e.getMessage(), e);
            }
        }
    }

    @Test
    void writesEveryFormatUnderItsStandardName(@TempDir Path dir) throws IOException {
        List<Path> files = Occuprint.write(Fixtures.flagship(), Fixtures.options(), dir.resolve("new/out"),
                List.of(new Title("a", false), new Title("b", false)));
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("29-2072.00-medical-records-specialists.a", "29-2072.00-medical-records-specialists.b");
        assertThat(Files.readString(files.get(1))).isEqualTo("Medical Records Specialists");
    }

    @Test
    void oneFailingFormatLeavesNoFile(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> Occuprint.write(Fixtures.flagship(), Fixtures.options(), dir,
                List.of(new Title("a", false), new Title("b", true))))
                .isInstanceOfSatisfying(RenderException.class, e -> {
                    assertThat(e.formatId()).contains("b");
                    assertThat(e.profileCode()).contains("29-2072.00");
                })
                .hasMessage("Cannot render '29-2072.00' as b: told to fail");
        try (var left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aFileInTheWayOfTheFolderIsAnOutputException(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        assertThatThrownBy(() -> Occuprint.write(Fixtures.flagship(), Fixtures.options(), file, List.of(new Title("a", false))))
                .isInstanceOf(OutputException.class).isInstanceOf(OccuprintException.class)
                .hasMessageStartingWith("Cannot write " + file + ": ");
    }

    @Test
    void twoRenderersOfOneExtensionAreRefused(@TempDir Path dir) {
        assertThatThrownBy(() -> Occuprint.write(Fixtures.flagship(), Fixtures.options(), dir,
                List.of(new Title("a", false), new Title("a", false))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same file name");
    }
}
