package org.occuprint.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.occuprint.error.OutputException;
import org.occuprint.internal.Checks;

/**
 * Writes files so that a reader (or a later run) never sees half of one: the content goes to a temporary
 * file beside the target, which is moved into place only when writing succeeded. On failure the temporary
 * file is deleted. Temporary names start with a dot and end with {@code .tmp}.
 *
 * <pre>{@code
 * AtomicFiles.write(Path.of("out/profile.pdf"), out -> renderer.render(doc, out));
 *
 * AtomicFiles.Batch batch = new AtomicFiles.Batch();   // several files: all or none
 * batch.add(pdfPath, out -> pdf.render(doc, out));
 * batch.add(htmlPath, out -> html.render(doc, out));
 * batch.commit();
 * }</pre>
 *
 * @since 0.1
 */
public final class AtomicFiles {
    private static final AtomicLong COUNTER = new AtomicLong();

    private AtomicFiles() {
    }

    /** Produces a file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code target} atomically.
     *
     * @throws OutputException if the file cannot be written (the message names it and says why)
     */
    public static void write(Path target, Content content) {
        Batch b = new Batch();
        b.add(target, content);
        b.commit();
    }

    /** A temporary file beside {@code target}, created with the default permissions for new files. */
    static Path temporary(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + COUNTER.incrementAndGet() + ".tmp");
        return Files.createFile(tmp);
    }

    /** Says why a file operation failed, in words: "permission denied", "no such directory" ... */
    public static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /**
     * Several files written all or none: each is written to its temporary file by {@link #commit()}, and only
     * when all succeeded are they moved into place.
     */
    public static final class Batch {
        private final Map<Path, Content> files = new LinkedHashMap<>();

        public Batch add(Path target, Content content) {
            files.put(Checks.notNull(target, "target"), Checks.notNull(content, "content"));
            return this;
        }

        /**
         * Writes every file.
         *
         * @return the targets written, in the order added
         * @throws OutputException if any file cannot be written; then none is
         */
        public List<Path> commit() {
            List<Path> temps = new ArrayList<>();
            Path current = null;
            try {
                for (Map.Entry<Path, Content> f : files.entrySet()) {
                    current = f.getKey();
                    Path tmp = temporary(current);
                    temps.add(tmp);
                    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 64 * 1024)) {
                        f.getValue().writeTo(out);
                    }
                }
                int i = 0;
                for (Path target : files.keySet()) {
                    current = target;
                    move(temps.get(i++), target);
                }
                temps.clear();
                return List.copyOf(files.keySet());
            } catch (IOException e) {
                throw new OutputException(current, reason(e), e);
            } finally {
                for (Path t : temps) {
                    try {
                        Files.deleteIfExists(t);
                    } catch (IOException ignored) {
                        // best effort: the failure being reported matters more
                    }
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
