package org.occuprint.render.docx.bench;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;

import org.occuprint.compose.ProfileDocument;
import org.occuprint.render.docx.DocxRenderer;
import org.occuprint.testing.Fixtures;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * How fast the DOCX renderer writes the flagship profile (composition excluded): milliseconds per
 * document on one warm thread, and documents per second with two threads sharing one renderer.
 *
 * <p>Run it (from the repository root; not part of the test suite):
 * <pre>
 * mvn -q -pl renderers/docx -am -DskipTests -Pbench verify
 * mvn -q -pl renderers/docx -am -DskipTests -Pbench verify -Djmh.args="DocxBench -f 1 -wi 3 -i 5"
 * </pre>
 */
@State(Scope.Benchmark)
public class DocxBench {
    private final DocxRenderer renderer = new DocxRenderer();
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
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        renderer.render(flagship, out);
        return out.toByteArray();
    }

    /** Milliseconds per document, one thread. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Threads(1)
    public byte[] singleThread() {
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
}
