package org.occuprint.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.occuprint.compose.ProfileDocument;
import org.occuprint.options.Detail;
import org.occuprint.options.PageSize;
import org.occuprint.testing.Fixtures;

/**
 * One renderer shared by several threads rendering different profiles at once gives, for each profile,
 * the bytes that rendering it alone gives: the shared fonts keep no per-document state (each subset
 * holds its own document's glyphs, the subset tags follow the document) and nothing else is shared.
 */
class ConcurrencyTest {
    private static final Map<String, ProfileDocument> DOCS = new LinkedHashMap<>();
    private static final Map<String, byte[]> SERIAL = new LinkedHashMap<>();

    @BeforeAll
    static void renderSerially() {
        DOCS.put("flagship", Fixtures.compose(Fixtures.flagship()));
        DOCS.put("hostile", Fixtures.compose(Fixtures.resource("hostile.json")));
        DOCS.put("unicode", Fixtures.compose(Fixtures.resource("unicode.json")));
        DOCS.put("flagship-a4", Fixtures.compose(Fixtures.flagship(),
                Fixtures.options().toBuilder().pageSize(PageSize.A4).build()));
        DOCS.put("flagship-large", Fixtures.compose(Fixtures.flagship(),
                Fixtures.options().toBuilder().largePrint(true).build()));
        DOCS.put("flagship-summary", Fixtures.compose(Fixtures.flagship(),
                Fixtures.options().toBuilder().detail(Detail.SUMMARY).agency("EDD").note("See you on Monday.").build()));
        PdfRenderer alone = new PdfRenderer();
        DOCS.forEach((name, doc) -> SERIAL.put(name, Pdfs.render(alone, doc)));
    }

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {2, 4, 8})
    void concurrentRenderingGivesTheSerialBytes(int threads) throws Exception {
        List<String> work = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            work.addAll(DOCS.keySet());
        }
        Collections.shuffle(work, new Random(threads));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<byte[]>> results = new ArrayList<>();
            for (String name : work) {
                results.add(pool.submit(() -> {
                    start.await();
                    return Pdfs.render(Pdfs.RENDERER, DOCS.get(name));
                }));
            }
            start.countDown();
            for (int i = 0; i < work.size(); i++) {
                assertThat(results.get(i).get(2, TimeUnit.MINUTES)).as(work.get(i)).isEqualTo(SERIAL.get(work.get(i)));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
