package org.occuprint.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.occuprint.compose.ProfileDocument;
import org.occuprint.options.Detail;
import org.occuprint.options.PageSize;
import org.occuprint.render.ProfileRenderer;
import org.occuprint.render.docx.DocxRenderer;
import org.occuprint.render.html.HtmlRenderer;
import org.occuprint.render.pdf.PdfRenderer;
import org.occuprint.testing.Fixtures;

/**
 * 500 renders of a mix of profiles in all three formats on 8 threads, through one shared renderer per format,
 * give for every render the bytes one thread gives: no renderer keeps state between documents.
 */
class AllFormatsConcurrencyTest {
    private static final int RENDERS = 500;
    private static final int THREADS = 8;

    private static byte[] render(ProfileRenderer r, ProfileDocument d) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.render(d, out);
        return out.toByteArray();
    }

    @Test
    void eightThreadsGiveTheBytesOfOne() throws Exception {
        Map<String, ProfileDocument> docs = new LinkedHashMap<>();
        docs.put("flagship", Fixtures.compose(Fixtures.flagship()));
        docs.put("hostile", Fixtures.compose(Fixtures.resource("hostile.json")));
        docs.put("unicode", Fixtures.compose(Fixtures.resource("unicode.json")));
        docs.put("a4-large", Fixtures.compose(Fixtures.flagship(),
                Fixtures.options().toBuilder().pageSize(PageSize.A4).largePrint(true).build()));
        docs.put("summary-note", Fixtures.compose(Fixtures.flagship(),
                Fixtures.options().toBuilder().detail(Detail.SUMMARY).note("Monday, 9:00.").agency("EDD").build()));
        List<ProfileRenderer> renderers = List.of(new HtmlRenderer(), new PdfRenderer(), new DocxRenderer());
        Map<String, byte[]> serial = new LinkedHashMap<>();
        for (ProfileRenderer r : renderers) {
            docs.forEach((name, d) -> serial.put(r.format().id() + "/" + name, render(r, d)));
        }
        List<String> work = new ArrayList<>();
        List<String> keys = new ArrayList<>(serial.keySet());
        Random random = new Random(500);
        for (int i = 0; i < RENDERS; i++) {
            work.add(keys.get(random.nextInt(keys.size())));
        }
        Collections.shuffle(work, random);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (String key : work) {
                String format = key.substring(0, key.indexOf('/'));
                ProfileRenderer r = renderers.stream().filter(x -> x.format().id().equals(format)).findFirst().orElseThrow();
                ProfileDocument d = docs.get(key.substring(key.indexOf('/') + 1));
                results.add(pool.submit(() -> render(r, d)));
            }
            for (int i = 0; i < work.size(); i++) {
                assertThat(results.get(i).get()).as("render %d, %s", i, work.get(i)).isEqualTo(serial.get(work.get(i)));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
