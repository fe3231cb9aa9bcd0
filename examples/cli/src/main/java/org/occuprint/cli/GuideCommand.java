package org.occuprint.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import org.occuprint.Occuprint;
import org.occuprint.data.OccupationSummary;
import org.occuprint.error.OccuprintException;
import org.occuprint.guide.GuideEntry;
import org.occuprint.guide.GuideFailure;
import org.occuprint.guide.GuideListener;
import org.occuprint.guide.GuideReport;
import org.occuprint.guide.GuideResumeException;
import org.occuprint.guide.GuideRunner;
import org.occuprint.options.RenderOptions;
import org.occuprint.render.BookBinder;
import org.occuprint.render.ProfileRenderer;
import org.occuprint.render.html.HtmlIndexWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code occuprint guide}: the full guide, as one bound PDF and/or one file per occupation. */
@Command(name = "guide", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Print the full guide: one bound PDF and/or one file per occupation with an index.",
        description = {"Print the full guide: every occupation of the data set as one bound PDF (cover, contents,",
                "bookmarks, page numbers through the whole book) and/or as one file per occupation with an index.html."},
        footer = {"", "Examples:",
                "  occuprint guide --book guide.pdf",
                "  occuprint guide --out guide --format pdf,docx,html --threads 2",
                "  occuprint guide --book health.pdf --codes health-codes.txt --area CBSA-40140 --area US --summary",
                "  occuprint guide --book guide.pdf --resume        # after an interrupted run, with the same options",
                "", "An occupation that fails is reported with its code and left out; the run goes on and exits 1.",
                "Exit codes: 0 done, 1 bad input or an occupation failed, 2 wrong usage."})
final class GuideCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--book", paramLabel = "FILE.pdf", description = "Write the whole guide as one bound PDF.")
    Path book;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Write one file per occupation and format into DIR, with DIR/index.html.")
    Path out;

    @Option(names = {"-f", "--format"}, split = ",", paramLabel = "FORMAT",
            description = "Formats of the per-occupation files (with --out): html, pdf, docx; default pdf.")
    List<String> formats = new ArrayList<>();

    @Option(names = "--codes", paramLabel = "FILE", description = "Only the occupations listed in FILE (one code per line; # starts a comment).")
    Path codesFile;

    @Option(names = "--limit", paramLabel = "N", description = "Only the first N occupations (in code order).")
    Integer limit;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads. Default: the number of processors.")
    Integer threads;

    @Option(names = "--resume", description = "Keep files already complete from an interrupted run with the same options.")
    boolean resume;

    @Option(names = "--keep-parts", description = "Keep the book's per-occupation parts (FILE.pdf.parts/) after binding.")
    boolean keepParts;

    @Option(names = {"-q", "--quiet"}, description = "No progress line.")
    boolean quiet;

    @Option(names = "--data", paramLabel = "FILE", description = "A data set to print instead of the embedded one.")
    Path data;

    @Mixin
    HandoutOptions handout;

    @Override
    public Integer call() {
        if (book == null && out == null) {
            throw CliException.usage("nothing to write: give --book FILE.pdf and/or --out DIR");
        }
        if (out == null && !formats.isEmpty()) {
            throw CliException.usage("--format needs --out DIR (the book is always PDF)");
        }
        if (limit != null && limit < 1) {
            throw CliException.usage("--limit must be at least 1");
        }
        if (threads != null && threads < 1) {
            throw CliException.usage("--threads must be at least 1");
        }
        List<ProfileRenderer> renderers = out == null ? List.of()
                : RenderCommand.renderers(formats.isEmpty() ? List.of("pdf") : formats);
        Catalog catalog = Catalog.open(data);
        RenderOptions options = handout.toRenderOptions(catalog.agency(), catalog.get().defaultAreas());
        List<OccupationSummary> chosen = choose(catalog.get());
        catalog.get().checkAreas(options.areas(), null);
        if (out != null) {
            Occuprint.createDirectory(out);
        }
        if (book != null) {
            Occuprint.createDirectory(book.toAbsolutePath().getParent());
        }
        List<GuideEntry> entries = GuideEntry.of(catalog.data(), chosen);
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = new Progress(err, quiet, System.console() != null);
        GuideRunner.Builder b = GuideRunner.builder().entries(entries).options(options)
                .threads(threads != null ? threads : Runtime.getRuntime().availableProcessors())
                .resume(resume).keepParts(keepParts).listener(progress);
        if (out != null) {
            b.formats(renderers, out).index(new HtmlIndexWriter());
        }
        if (book != null) {
            b.book(book, binder());
        }
        GuideReport report;
        try {
            report = b.build().run();
        } catch (GuideResumeException e) {
            throw CliException.data(e.getMessage() + " (run without --resume, or use another --out or --book)");
        }
        progress.finish();
        PrintWriter stdout = spec.commandLine().getOut();
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.US);
        int printed = report.rendered() + report.skipped();
        String summary = String.format(Locale.ROOT, "Printed %s of %s occupations in %.1f s (%.1f/s)%s%s",
                n.format(printed), n.format(report.total()), report.elapsed().toMillis() / 1000.0,
                report.rendered() * 1000.0 / Math.max(1, report.elapsed().toMillis()),
                report.skipped() > 0 ? ", " + n.format(report.skipped()) + " already complete" : "",
                report.failures().isEmpty() ? "" : ", " + report.failures().size() + " failed");
        err.println("occuprint: " + summary);
        for (GuideFailure f : report.failures()) {
            err.println("occuprint: failed " + f.code() + ": " + f.reason());
        }
        if (out != null) {
            stdout.println(out.resolve("index.html"));
        }
        report.book().ifPresent(p -> stdout.println(p + " (" + n.format(report.bookPages()) + " pages)"));
        return report.succeeded() ? 0 : 1;
    }

    private List<OccupationSummary> choose(org.occuprint.data.Catalog catalog) {
        List<OccupationSummary> chosen = catalog.data().summaries();
        if (codesFile != null) {
            Set<String> wanted = org.occuprint.data.Catalog.readCodes(codesFile);
            try {
                chosen = catalog.select(wanted);
            } catch (OccuprintException e) {
                throw CliException.data(codesFile + ": " + Character.toLowerCase(e.getMessage().charAt(0))
                        + e.getMessage().substring(1));
            }
        }
        if (limit != null && chosen.size() > limit) {
            chosen = chosen.subList(0, limit);
        }
        if (chosen.isEmpty()) {
            throw CliException.data("no occupation to print");
        }
        return chosen;
    }

    static BookBinder binder() {
        return new org.occuprint.render.pdf.PdfBookBinder();
    }

    /**
     * The progress line on stderr: rewritten in place on a terminal, a plain line every few seconds otherwise.
     */
    static final class Progress implements GuideListener {
        private static final long PLAIN_EVERY_NANOS = 5_000_000_000L;

        private final PrintWriter err;
        private final boolean quiet;
        private final boolean terminal;
        private final AtomicInteger done = new AtomicInteger();
        private volatile int total;
        private volatile long start;
        private volatile long lastPrint;
        private volatile boolean printedInPlace;

        Progress(PrintWriter err, boolean quiet, boolean terminal) {
            this.err = err;
            this.quiet = quiet;
            this.terminal = terminal;
        }

        @Override
        public void started(int total) {
            this.total = total;
            this.start = System.nanoTime();
            this.lastPrint = start;
        }

        @Override
        public void done(String code, boolean skipped) {
            tick();
        }

        @Override
        public void failed(GuideFailure failure) {
            tick();
        }

        @Override
        public void binding(int profiles) {
            if (!quiet) {
                line("binding the book from " + profiles + " profiles …", true);
            }
        }

        private void tick() {
            int d = done.incrementAndGet();
            if (quiet) {
                return;
            }
            long now = System.nanoTime();
            long every = terminal ? 200_000_000L : PLAIN_EVERY_NANOS;
            if (now - lastPrint < every && d != total) {
                return;
            }
            lastPrint = now;
            double seconds = (now - start) / 1e9;
            double rate = d / Math.max(seconds, 1e-3);
            long left = Math.round((total - d) / Math.max(rate, 1e-3));
            line(String.format(Locale.ROOT, "%d/%d  %.1f/s  %d:%02d left", d, total, rate, left / 60, left % 60), false);
        }

        private synchronized void line(String text, boolean last) {
            if (terminal) {
                err.print("\r\033[K" + text + (last ? System.lineSeparator() : ""));
                printedInPlace = !last;
            } else {
                err.println("occuprint: " + text);
            }
            err.flush();
        }

        synchronized void finish() {
            if (terminal && printedInPlace) {
                err.println();
                printedInPlace = false;
            }
        }
    }
}
