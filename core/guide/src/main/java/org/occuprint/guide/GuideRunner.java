package org.occuprint.guide;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.occuprint.Occuprint;
import org.occuprint.compose.BookDocument;
import org.occuprint.compose.GuideComposer;
import org.occuprint.compose.ProfileComposer;
import org.occuprint.compose.ProfileDocument;
import org.occuprint.error.OccuprintException;
import org.occuprint.error.OutputException;
import org.occuprint.internal.AtomicFiles;
import org.occuprint.internal.Checks;
import org.occuprint.model.DataSource;
import org.occuprint.model.Occupation;
import org.occuprint.options.RenderOptions;
import org.occuprint.render.BookBinder;
import org.occuprint.render.BookPart;
import org.occuprint.render.IndexWriter;
import org.occuprint.render.ProfileRenderer;

/**
 * Renders a whole guide: every occupation into per-occupation files (one per format) and/or one bound book.
 *
 * <pre>{@code
 * GuideReport report = GuideRunner.builder()
 *         .entries(GuideEntry.all(DataSet.embedded()))       // code, title and a loader for each occupation
 *         .options(RenderOptions.builder().agency("EDD").build())
 *         .formats(List.of(pdf, docx), Path.of("guide"))     // guide/<code>-<slug>.pdf ...
 *         .index(new HtmlIndexWriter())                      // guide/index.html
 *         .book(Path.of("guide.pdf"), new PdfBookBinder())
 *         .threads(2)
 *         .build()
 *         .run();
 * }</pre>
 *
 * <p>Properties:
 * <ul>
 *   <li>Parallel across {@code threads}; the files' bytes and the book's order do not depend on it.</li>
 *   <li>An occupation that fails (bad data, a render error) is reported with its code and reason and left out;
 *       the rest go on.</li>
 *   <li>Every file is written to a temporary name and moved into place, so a killed run leaves no half file.
 *       With {@code resume}, files already complete are kept (the run checks that they were made with the same
 *       options and renderer settings), and the result is the same as an uninterrupted run.</li>
 *   <li>Memory stays bounded: at most a few profiles per thread are in memory; book parts go to disk
 *       ({@code <book>.parts/}, deleted after binding) and the binder streams them.</li>
 * </ul>
 *
 * @since 0.1
 */
public final class GuideRunner {
    /** The stamp file in each output folder: the fingerprint of what decides the files' bytes. */
    private static final String STAMP = ".occuprint-guide";

    private final List<GuideEntry> entries;
    private final RenderOptions options;
    private final List<ProfileRenderer> formats;
    private final @Nullable Path outDir;
    private final @Nullable IndexWriter index;
    private final @Nullable Path bookFile;
    private final @Nullable BookBinder binder;
    private final int threads;
    private final boolean resume;
    private final boolean keepParts;
    private final GuideListener listener;

    private GuideRunner(Builder b) {
        entries = List.copyOf(b.entries);
        options = Checks.notNull(b.options, "options");
        formats = List.copyOf(b.formats);
        outDir = b.outDir;
        index = b.index;
        bookFile = b.bookFile;
        binder = b.binder;
        threads = b.threads;
        resume = b.resume;
        keepParts = b.keepParts;
        listener = b.listener;
        Checks.argument(threads >= 1, "The thread count '%d' must be at least 1.", threads);
        Checks.argument(!formats.isEmpty() || bookFile != null, "A guide needs per-occupation formats or a book.");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** What happened to one entry. */
    private record Outcome(@Nullable GuideFailure failure, boolean skipped, List<Path> files,
            @Nullable BookPart part, List<DataSource> dataSources) {
    }

    /**
     * Runs the guide.
     *
     * @throws OutputException      if an output folder, the index or the book cannot be written
     * @throws GuideResumeException if {@code resume} finds files made with other options
     * @throws OccuprintException   if the same code appears twice among the entries
     */
    public GuideReport run() {
        long start = System.nanoTime();
        String stamp = fingerprint();
        Path partsDir = bookFile == null ? null : bookFile.toAbsolutePath().getParent()
                .resolve(bookFile.getFileName() + ".parts");
        for (Path dir : new Path[] {outDir, partsDir}) {
            if (dir != null) {
                prepare(dir, stamp);
            }
        }
        if (bookFile != null) {
            // a run killed while binding leaves the book's temporary beside it, outside the parts folder
            Path book = bookFile.toAbsolutePath();
            try {
                removeStaleTemporaries(book.getParent(), "." + book.getFileName() + ".");
            } catch (IOException e) {
                throw new OutputException(book.getParent(), AtomicFiles.reason(e), e);
            }
        }
        List<GuideEntry> order = bookOrder();
        listener.started(order.size());
        List<Outcome> outcomes = renderAll(order, partsDir);

        List<GuideFailure> failures = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        List<BookDocument.Entry> printed = new ArrayList<>();
        List<BookPart> parts = new ArrayList<>();
        List<List<Path>> entryFiles = new ArrayList<>();
        Map<String, DataSource> sources = new LinkedHashMap<>();
        int skipped = 0;
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome o = outcomes.get(i);
            if (o.failure() != null) {
                failures.add(o.failure());
                continue;
            }
            printed.add(new BookDocument.Entry(order.get(i).code(), order.get(i).title()));
            files.addAll(o.files());
            entryFiles.add(o.files());
            if (o.part() != null) {
                parts.add(o.part());
            }
            o.dataSources().forEach(d -> sources.putIfAbsent(d.name(), d));
            skipped += o.skipped() ? 1 : 0;
        }

        BookDocument book = new GuideComposer().compose(printed, List.copyOf(sources.values()), options);
        writeIndex(book, entryFiles.stream().map(fs -> fs.stream()
                .map(f -> new IndexWriter.IndexLink(label(book, f), f.getFileName().toString())).toList()).toList());
        int pages = bind(book, parts, partsDir);
        return new GuideReport(order.size(), printed.size() - skipped, skipped, failures, files,
                Optional.ofNullable(bookFile), pages, Duration.ofNanos(System.nanoTime() - start));
    }

    /** The entries in book order: by SOC major group, alphabetical inside; the per-occupation files follow it. */
    private List<GuideEntry> bookOrder() {
        Map<String, GuideEntry> byCode = new LinkedHashMap<>();
        for (GuideEntry e : entries) {
            if (byCode.putIfAbsent(e.code(), e) != null) {
                throw new OccuprintException("The code '" + e.code() + "' appears twice in the guide.", e.code(),
                        null, null, null);
            }
        }
        List<BookDocument.Entry> all = entries.stream().map(e -> new BookDocument.Entry(e.code(), e.title())).toList();
        return new GuideComposer().order(all, options.locale()).stream().map(e -> byCode.get(e.code())).toList();
    }

    /** Renders every entry on the pool, a few in flight per thread; the outcomes in the entries' order. */
    private List<Outcome> renderAll(List<GuideEntry> order, @Nullable Path partsDir) {
        Outcome[] outcomes = new Outcome[order.size()];
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "occuprint-guide");
            t.setDaemon(true);
            return t;
        });
        Semaphore inFlight = new Semaphore(threads * 2);
        List<Future<?>> futures = new ArrayList<>(order.size());
        ProfileComposer composer = new ProfileComposer();
        try {
            for (int i = 0; i < order.size(); i++) {
                int slot = i;
                GuideEntry entry = order.get(i);
                inFlight.acquireUninterruptibly();
                futures.add(pool.submit(() -> {
                    try {
                        outcomes[slot] = process(entry, composer, partsDir);
                    } finally {
                        inFlight.release();
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OccuprintException("The guide run was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
        return List.of(outcomes);
    }

    private void writeIndex(BookDocument book, List<List<IndexWriter.IndexLink>> links) {
        if (outDir != null && index != null) {
            IndexWriter w = index;
            AtomicFiles.write(outDir.resolve(w.fileName()), out -> w.write(book, links, out));
        }
    }

    /** Binds the book, if one is asked for, and then deletes its parts; returns its page count (0 without one). */
    private int bind(BookDocument book, List<BookPart> parts, @Nullable Path partsDir) {
        if (bookFile == null || binder == null) {
            return 0;
        }
        listener.binding(parts.size());
        int[] count = new int[1];
        BookBinder b = binder;
        AtomicFiles.write(bookFile, out -> count[0] = b.bind(book, parts, out));
        if (!keepParts && partsDir != null) {
            deleteParts(partsDir, parts);
        }
        return count[0];
    }

    /** The format's name in the book's words, for the index's link to this file. */
    private String label(BookDocument book, Path file) {
        String name = file.getFileName().toString();
        for (ProfileRenderer r : formats) {
            if (name.endsWith("." + r.format().fileExtension())) {
                return book.formatName(r.format().id(), r.format().displayName());
            }
        }
        return name;
    }

    private Outcome process(GuideEntry entry, ProfileComposer composer, @Nullable Path partsDir) {
        String stage = "loading the profile";
        try {
            Occupation o = entry.loader().get();
            Checks.argument(o.code().equals(entry.code()), "The profile's code '%s' differs from the entry's.", o.code());
            stage = "composing";
            ProfileDocument doc = composer.compose(o, options);
            List<Path> files = new ArrayList<>();
            boolean allThere = true;
            for (ProfileRenderer r : formats) {
                Path target = outDir.resolve(Occuprint.fileName(o, r.format()));
                files.add(target);
                if (resume && Files.isRegularFile(target)) {
                    continue;
                }
                allThere = false;
                stage = "rendering " + r.format().id();
                AtomicFiles.write(target, out -> r.render(doc, out));
            }
            BookPart part = null;
            if (partsDir != null && binder != null) {
                Path file = partsDir.resolve(o.code() + "." + binder.fileExtension());
                if (!(resume && Files.isRegularFile(file))) {
                    allThere = false;
                    stage = "rendering the book part";
                    ProfileDocument partDoc = doc.withoutPageLabels();
                    BookBinder b = binder;
                    AtomicFiles.write(file, out -> b.renderPart(partDoc, out));
                }
                part = new BookPart(o.code(), file, BookPart.headings(doc));
            }
            listener.done(entry.code(), allThere);
            return new Outcome(null, allThere, files, part, o.dataSources());
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            GuideFailure f = new GuideFailure(entry.code(), stage + ": " + message);
            listener.failed(f);
            return new Outcome(f, false, List.of(), null, List.of());
        }
    }

    /**
     * Creates the directory and checks the stamp of the options its files were made with: a resumed run must use
     * the same options, or it would mix two guides.
     */
    private void prepare(Path dir, String stamp) {
        Path file = dir.resolve(STAMP);
        try {
            Files.createDirectories(dir);
            removeStaleTemporaries(dir, "");
            if (resume && Files.isRegularFile(file)) {
                String previous = Files.readString(file, StandardCharsets.UTF_8).trim();
                if (!previous.equals(stamp)) {
                    throw new GuideResumeException(dir);
                }
            }
        } catch (IOException e) {
            throw new OutputException(dir, AtomicFiles.reason(e), e);
        }
        AtomicFiles.write(file, out -> out.write((stamp + "\n").getBytes(StandardCharsets.UTF_8)));
    }

    /** A temporary file of {@link AtomicFiles}: {@code .<name>.<pid>-<n>.tmp}. */
    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.(\\d+)-\\d+\\.tmp");

    /**
     * Deletes the temporary files that a run killed before it could clean up left in {@code dir}: those of a
     * process that is no longer alive, and whose name starts with {@code prefix}. A live process's temporaries
     * (another run writing there) are left alone.
     */
    static void removeStaleTemporaries(Path dir, String prefix) throws IOException {
        long self = ProcessHandle.current().pid();
        try (var files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Matcher m = TEMPORARY.matcher(p.getFileName().toString());
                if (m.matches() && p.getFileName().toString().startsWith(prefix) && Files.isRegularFile(p)) {
                    long pid = Long.parseLong(m.group(1));
                    if (pid != self && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                        continue;
                    }
                    if (pid != self) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }

    private void deleteParts(Path partsDir, List<BookPart> parts) {
        try {
            for (BookPart p : parts) {
                Files.deleteIfExists(p.file());
            }
            Files.deleteIfExists(partsDir.resolve(STAMP));
            try (var rest = Files.list(partsDir)) {
                if (rest.findAny().isEmpty()) {
                    Files.delete(partsDir);
                }
            }
        } catch (IOException e) {
            throw new OutputException(partsDir, "cannot clean up: " + AtomicFiles.reason(e), e);
        }
    }

    /**
     * A digest of everything that decides the files' bytes, except the data itself: every option (through
     * {@link RenderOptions#fingerprint()}, which covers each option without a list here) and each renderer's
     * and the binder's settings.
     */
    private String fingerprint() {
        StringBuilder sb = new StringBuilder(options.fingerprint());
        for (ProfileRenderer r : formats) {
            sb.append('|').append(r.format().id()).append(':').append(r.settings());
        }
        if (binder != null) {
            sb.append("|book:").append(binder.settings());
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** Collects the run's settings. Not thread-safe. */
    public static final class Builder {
        private List<GuideEntry> entries = List.of();
        private @Nullable RenderOptions options;
        private List<ProfileRenderer> formats = List.of();
        private @Nullable Path outDir;
        private @Nullable IndexWriter index;
        private @Nullable Path bookFile;
        private @Nullable BookBinder binder;
        private int threads = Runtime.getRuntime().availableProcessors();
        private boolean resume;
        private boolean keepParts;
        private GuideListener listener = GuideListener.none();

        private Builder() {
        }

        public Builder entries(List<GuideEntry> entries) {
            this.entries = Checks.copy(entries, "entries");
            return this;
        }

        public Builder options(RenderOptions options) {
            this.options = Checks.notNull(options, "options");
            return this;
        }

        /** Per-occupation files in these formats, written into {@code directory}. */
        public Builder formats(List<? extends ProfileRenderer> renderers, Path directory) {
            this.formats = Checks.copy(renderers, "renderers");
            this.outDir = Checks.notNull(directory, "directory");
            return this;
        }

        /** An index page of the per-occupation files. */
        public Builder index(IndexWriter writer) {
            this.index = writer;
            return this;
        }

        /** One bound book. */
        public Builder book(Path file, BookBinder binder) {
            this.bookFile = Checks.notNull(file, "file");
            this.binder = Checks.notNull(binder, "binder");
            return this;
        }

        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        /** Keep files already complete from an interrupted run with the same options. */
        public Builder resume(boolean resume) {
            this.resume = resume;
            return this;
        }

        /** Keep the book's parts after binding (they are deleted by default). */
        public Builder keepParts(boolean keepParts) {
            this.keepParts = keepParts;
            return this;
        }

        public Builder listener(GuideListener listener) {
            this.listener = Checks.notNull(listener, "listener");
            return this;
        }

        public GuideRunner build() {
            return new GuideRunner(this);
        }
    }
}
