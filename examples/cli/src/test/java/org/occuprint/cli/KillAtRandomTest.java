package org.occuprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill at random, lose nothing: the guide runs as its own process and is killed with SIGKILL at random
 * moments, then resumed. After every kill no file at a final name differs from the uninterrupted run's (never
 * a truncated file); after the resume the files are byte for byte the uninterrupted run's, and no temporary
 * file or parts folder is left. Five kill points for the bound book and five for per-occupation files.
 */
class KillAtRandomTest {
    private static final String CODES = String.join("\n", "11-1011.00", "13-2011.00", "15-1252.00", "17-2051.00",
            "21-1014.00", "25-2021.00", "27-2011.00", "29-1141.00", "29-2072.00", "31-1131.00", "33-3051.00",
            "35-2014.00", "37-2012.00", "39-9011.00", "41-2031.00", "43-6013.00", "45-3031.00", "47-2111.00",
            "49-3023.00", "51-7032.00", "53-3032.00", "53-7031.00") + "\n";

    @TempDir
    Path dir;

    @Test
    void aBookKilledFiveTimesResumesToTheSameBytesAndLeavesNoLitter() throws Exception {
        check("book", List.of("--book", "guide.pdf"));
    }

    @Test
    void perOccupationFilesKilledFiveTimesResumeToTheSameBytesAndLeaveNoLitter() throws Exception {
        check("files", List.of("--out", "files", "--format", "pdf,docx"));
    }

    private void check(String name, List<String> target) throws Exception {
        Path codes = Files.writeString(dir.resolve("codes.txt"), CODES);
        Path clean = Files.createDirectory(dir.resolve(name + "-clean"));
        long start = System.nanoTime();
        assertThat(run(clean, codes, target, false, -1)).isZero();
        long duration = (System.nanoTime() - start) / 1_000_000;
        Map<String, byte[]> reference = contents(clean);
        assertThat(reference).isNotEmpty();

        Random random = new Random(name.hashCode());
        int kills = 0;
        for (int round = 1; round <= 5; round++) {
            // each round starts afresh and is killed at a moment between a tenth and nine tenths of an
            // uninterrupted run (start-up, rendering or binding), then resumed to the end
            Path killed = Files.createDirectory(dir.resolve(name + "-killed-" + round));
            long after = duration / 10 + (long) (random.nextDouble() * duration * 8 / 10);
            if (run(killed, codes, target, false, after) == -1) {
                kills++;
            }
            // whatever is at a final name is complete: equal to the uninterrupted run's file
            for (Map.Entry<String, byte[]> e : contents(killed).entrySet()) {
                assertThat(reference).as("file after kill %d", round).containsKey(e.getKey());
                assertThat(e.getValue()).as("%s after kill %d at %d ms", e.getKey(), round, after)
                        .isEqualTo(reference.get(e.getKey()));
            }
            assertThat(run(killed, codes, target, true, -1)).as("resume after kill %d", round).isZero();
            Map<String, byte[]> resumed = contents(killed);
            assertThat(resumed.keySet()).as("files after resume %d", round).isEqualTo(reference.keySet());
            for (Map.Entry<String, byte[]> e : reference.entrySet()) {
                assertThat(resumed.get(e.getKey())).as("%s after resume %d", e.getKey(), round).isEqualTo(e.getValue());
            }
            try (Stream<Path> all = Files.walk(killed)) {
                assertThat(all.map(p -> killed.relativize(p).toString())
                        .filter(p -> p.endsWith(".tmp") || p.contains(".parts"))).as("litter after resume %d", round).isEmpty();
            }
        }
        assertThat(kills).as("runs killed before they finished").isGreaterThanOrEqualTo(4);
    }

    /** Runs the guide in a new JVM; kills it with SIGKILL after {@code killAfterMs} (never when negative). */
    private static int run(Path work, Path codes, List<String> target, boolean resume, long killAfterMs) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "guide", "--codes", codes.toString(), "--printed-on", "2022-05-21", "--threads", "2",
                "--quiet"));
        cmd.addAll(target);
        if (resume) {
            cmd.add("--resume");
        }
        Process p = new ProcessBuilder(cmd).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(new File(work.toFile(), "../" + work.getFileName() + ".log")).start();
        if (killAfterMs >= 0 && !p.waitFor(killAfterMs, TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            p.waitFor();
            return -1;
        }
        p.waitFor(5, TimeUnit.MINUTES);
        return p.exitValue();
    }

    /** Every regular file under the folder, by relative path, except the run's log. */
    private static Map<String, byte[]> contents(Path d) throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(d)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String rel = d.relativize(p).toString();
                if (!rel.endsWith(".tmp") && !rel.contains(".parts")) {
                    m.put(rel, Files.readAllBytes(p));
                }
            }
        }
        return m;
    }
}
