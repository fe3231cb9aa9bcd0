package org.occuprint.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.occuprint.data.DataSet;
import org.occuprint.data.OccupationSummary;
import org.occuprint.guide.GuideEntry;
import org.occuprint.guide.GuideListener;
import org.occuprint.guide.GuideReport;
import org.occuprint.guide.GuideRunner;
import org.occuprint.model.Occupation;
import org.occuprint.options.RenderOptions;
import org.occuprint.render.pdf.PdfBookBinder;

/**
 * The full-guide benchmark (not a test): binds the embedded data set (as the command loads it, {@link Catalog}),
 * or a longer guide made by repeating it, into one PDF with {@link PdfBookBinder}, and prints wall time,
 * profiles per second, pages, size and (on Linux) the peak RSS. The bench profile of this module runs it; the
 * commands and figures are in the README's "Benchmarks".
 *
 * <pre>
 * GuideBench [--count N] [--threads T] [--book FILE.pdf] [--keep] [--keep-parts] [--resume] [--live]
 * </pre>
 *
 * <p>{@code --keep} keeps the book; {@code --keep-parts} keeps the rendered profiles ({@code FILE.pdf.parts/}), and a
 * second run with {@code --resume} then only binds them, which times the binder alone. {@code --live} measures
 * the live heap: every second a full collection, then the heap in use; the largest while rendering and the
 * largest while binding are printed (this slows the run down: for memory figures only).
 *
 * <p>{@code --count} below the data set's size takes the first N occupations in code order; above it, the data
 * set is repeated, each copy under other codes of the same major groups (suffixes from .50, which O*NET does
 * not use) and with the copy's number after the title, so that the book has N distinct occupations.
 */
public final class GuideBench {
    private GuideBench() {
    }

    public static void main(String[] args) throws IOException {
        int count = -1;
        int threads = Runtime.getRuntime().availableProcessors();
        Path book = Path.of("target", "guide-bench", "guide.pdf");
        boolean keep = false;
        boolean keepParts = false;
        boolean resume = false;
        boolean live = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--count" -> count = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--book" -> book = Path.of(args[++i]);
                case "--keep" -> keep = true;
                case "--keep-parts" -> keepParts = true;
                case "--resume" -> resume = true;
                case "--live" -> live = true;
                default -> throw new IllegalArgumentException("Unknown argument '" + args[i]
                        + "'; use [--count N] [--threads T] [--book FILE.pdf] [--keep] [--keep-parts] [--resume] [--live]");
            }
        }
        LiveHeap liveHeap = live ? LiveHeap.start() : null;
        long start = System.nanoTime();
        Catalog catalog = Catalog.open(null);
        DataSet set = catalog.data();
        List<GuideEntry> entries = entries(set, count < 0 ? set.size() : count);
        Files.createDirectories(book.toAbsolutePath().getParent());
        Files.deleteIfExists(book);
        // the areas and agency `occuprint guide` prints without options (the data set's default areas), not
        // every area a profile has
        RenderOptions options = RenderOptions.builder().locale(Locale.US).printedOn(LocalDate.of(2025, 6, 2))
                .agency(catalog.agency()).areas(catalog.get().defaultAreas()).build();
        long[] binding = new long[1];
        GuideReport report = GuideRunner.builder().entries(entries).options(options).book(book, new PdfBookBinder())
                .threads(threads).keepParts(keepParts).resume(resume).listener(new GuideListener() {
                    @Override
                    public void binding(int profiles) {
                        binding[0] = System.nanoTime();
                        if (liveHeap != null) {
                            liveHeap.mark();
                        }
                    }
                }).build().run();
        long end = System.nanoTime();
        double wall = (end - start) / 1e9;
        double bind = (end - binding[0]) / 1e9;
        double run = report.elapsed().toNanos() / 1e9;
        long bytes = Files.size(book);
        System.out.printf(Locale.ROOT, "profiles=%d threads=%d failures=%d pages=%d size=%.1fMB run=%.2fs (binding %.2fs)"
                        + " wall=%.2fs profiles/s=%.1f heapMax=%dMB%n", report.rendered(), threads, report.failures().size(),
                report.bookPages(), bytes / 1e6, run, bind, wall, report.rendered() / run,
                Runtime.getRuntime().maxMemory() >> 20);
        report.failures().forEach(f -> System.out.println("failed " + f.code() + ": " + f.reason()));
        if (liveHeap != null) {
            long bindingMax = liveHeap.stop();
            System.out.printf(Locale.ROOT, "maxLive rendering=%.1fMB binding=%.1fMB%n",
                    liveHeap.marked / 1048576.0, bindingMax / 1048576.0);
        }
        peakRss().ifPresent(kb -> System.out.printf(Locale.ROOT, "peakRSS=%.0fMiB%n", kb / 1024.0));
        if (!keep) {
            Files.delete(book);
        }
    }

    /**
     * The process's peak resident set size in KiB (Linux's {@code VmHWM}, the figure {@code /usr/bin/time -v}
     * reports as "Maximum resident set size"), or empty where {@code /proc} is not there.
     */
    private static Optional<Long> peakRss() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("VmHWM:"))
                    .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The largest heap in use right after a full collection, sampled every second on a daemon thread. */
    private static final class LiveHeap implements Runnable {
        private volatile boolean running = true;
        private volatile long max;
        private volatile long marked;
        private final Thread thread = new Thread(this, "live-heap");

        static LiveHeap start() {
            LiveHeap h = new LiveHeap();
            h.thread.setDaemon(true);
            h.thread.start();
            return h;
        }

        @Override
        public void run() {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            while (running) {
                memory.gc();
                max = Math.max(max, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        /** Ends the first phase: its largest figure is kept in {@link #marked}, and the next phase starts from 0. */
        void mark() {
            marked = max;
            max = 0;
        }

        long stop() {
            running = false;
            thread.interrupt();
            return max;
        }
    }

    /** The first {@code count} occupations, repeating the data set under other codes when it has fewer. */
    static List<GuideEntry> entries(DataSet set, int count) {
        List<OccupationSummary> all = set.summaries();
        List<GuideEntry> entries = new ArrayList<>(count);
        Map<String, Integer> nextInGroup = new HashMap<>();
        for (int i = 0; i < count; i++) {
            OccupationSummary s = all.get(i % all.size());
            int copy = i / all.size();
            if (copy == 0) {
                entries.add(new GuideEntry(s.code(), s.title(), () -> find(set, s.code())));
                continue;
            }
            String group = s.code().substring(0, 2);
            int seq = nextInGroup.merge(group, 1, Integer::sum);
            String code = String.format(Locale.ROOT, "%s-%04d.%02d", group, seq % 10000, 50 + seq / 10000);
            String title = s.title() + " (" + (copy + 1) + ")";
            entries.add(new GuideEntry(code, title,
                    () -> find(set, s.code()).toBuilder().code(code).socCode(null).title(title).build()));
        }
        return entries;
    }

    private static Occupation find(DataSet set, String code) {
        return set.find(code).orElseThrow(() -> new IllegalStateException(code + " is not in the data set"));
    }
}
