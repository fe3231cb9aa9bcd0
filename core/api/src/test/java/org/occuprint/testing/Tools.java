package org.occuprint.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * External programs some tests drive (Chromium, LibreOffice, poppler). A test whose tool is missing is
 * skipped on a developer's machine, but fails when the environment variable
 * {@code OCCUPRINT_REQUIRE_TOOLS} is set, as {@code .ci/run} does: CI installs them, so a missing tool
 * there is a broken install step, not a reason to skip.
 */
public final class Tools {
    private Tools() {
    }

    /** The first of these commands found on the PATH. */
    public static Optional<Path> find(String... names) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String name : names) {
            for (String dir : path.split(File.pathSeparator)) {
                Path p = Path.of(dir, name);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** The tool, or the test is skipped (or failed, when tools are required). */
    public static Path require(String... names) {
        Optional<Path> tool = find(names);
        if (tool.isEmpty()) {
            String message = "None of " + List.of(names) + " is installed";
            if (System.getenv("OCCUPRINT_REQUIRE_TOOLS") != null) {
                throw new AssertionError(message + " (OCCUPRINT_REQUIRE_TOOLS is set: .ci/run should have installed it)");
            }
            Assumptions.abort(message + "; skipping (CI installs it)");
        }
        return tool.get();
    }

    /** What a finished process printed. */
    public record Result(int exit, String output) {
    }

    /**
     * Runs a command with a time limit; its output (stdout and stderr together) is returned.
     *
     * @throws AssertionError if it does not finish in time
     */
    public static Result run(Path workDir, long timeoutSeconds, String... command) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(command));
        Path log = Files.createTempFile("occuprint-tool", ".log");
        try {
            Process p = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new AssertionError(cmd.get(0) + " did not finish within " + timeoutSeconds + " s: "
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
            return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
