package org.occuprint.render.pdf.bench;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;

import org.occuprint.compose.ProfileDocument;
import org.occuprint.render.html.HtmlRenderer;
import org.occuprint.render.pdf.PdfOptions;
import org.occuprint.render.pdf.PdfRenderer;
import org.occuprint.testing.Fixtures;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * How fast the PDF renderer writes the flagship profile (composition excluded; the print-HTML step,
 * which the PDF renderer runs first, included): milliseconds per document on one warm thread, tagged (the
 * default) and untagged, and documents per second with two threads sharing one renderer. {@code xhtmlOnly} is the print-HTML step
 * alone, to tell the two apart; {@code flyingSaucerDefaults} is the same XHTML through an unconfigured
 * Flying Saucer with standard 14 fonts, the baseline to compare with on a noisy machine.
 *
 * <p>Flying Saucer needs 30 to 60 s of warm-up on two busy cores before the JIT has compiled its layout code;
 * on a shared machine, compare the medians of the iterations and the ratio to
 * {@code flyingSaucerDefaults} rather than single means.
 *
 * <p>Run it from the repository root (not part of the test suite):
 * <pre>
 * mvn -q -pl renderers/pdf -am -DskipTests -Pbench verify
 * mvn -q -pl renderers/pdf -am -DskipTests -Pbench verify -Djmh.args="PdfBench.singleThread -f 3 -wi 5 -i 10"
 * </pre>
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx512m"})
@Warmup(iterations = 30, time = 2)
@Measurement(iterations = 10, time = 2)
public class PdfBench {
    private final PdfRenderer pdf = new PdfRenderer();
    private final PdfRenderer untagged = new PdfRenderer(PdfOptions.defaults().withTagged(false));
    private final HtmlRenderer html = new HtmlRenderer();
    private ProfileDocument flagship;

    /**
     * Which pictures print: all (the default: the wage and outlook charts and the QR code), none, only the
     * charts or only the QR code, to measure what each costs.
     */
    @Param({"all", "none", "charts", "qr"})
    public String pictures;

    @Setup
    public void compose() {
        flagship = Fixtures.compose(Fixtures.flagship(), Fixtures.options(pictures));
    }

    private byte[] render() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(96 * 1024);
        pdf.render(flagship, out);
        return out.toByteArray();
    }

    /** Milliseconds per document, one thread (tagged: PDF/UA-1 and PDF/A-2u, the default). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Threads(1)
    public byte[] singleThread() {
        return render();
    }

    /** Milliseconds per document, one thread, without tags ({@code PdfOptions.tagged(false)}). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Threads(1)
    public byte[] singleThreadUntagged() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(96 * 1024);
        untagged.render(flagship, out);
        return out.toByteArray();
    }

    /** Documents per second, one thread (to compare with two). */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(1)
    public byte[] oneThreadThroughput() {
        return render();
    }

    /** Documents per second, two threads. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(2)
    public byte[] twoThreads() {
        return render();
    }

    /**
     * The baseline the target was set against: the same print-HTML through Flying Saucer's defaults
     * (standard 14 fonts, not embedded; its own user agent and font metrics), milliseconds per document.
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Threads(1)
    public byte[] flyingSaucerDefaults() {
        ITextRenderer r = new ITextRenderer();
        r.setDocumentFromString(html.toXhtml(flagship));
        r.layout();
        ByteArrayOutputStream out = new ByteArrayOutputStream(96 * 1024);
        r.createPDF(out);
        return out.toByteArray();
    }

    /** Milliseconds per document for the print-HTML step alone. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Threads(1)
    public String xhtmlOnly() {
        return html.toXhtml(flagship);
    }
}
