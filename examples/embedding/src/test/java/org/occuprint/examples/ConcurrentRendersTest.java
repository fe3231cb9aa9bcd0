package org.occuprint.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.occuprint.Occuprint;
import org.occuprint.data.DataSet;
import org.occuprint.model.Occupation;
import org.occuprint.options.Detail;
import org.occuprint.options.RenderOptions;
import org.occuprint.testing.Fixtures;

/**
 * Shared state under load: 500 renders of a mix of profiles, options and all three formats on 8 threads give
 * exactly the bytes one thread gives, with no exception.
 */
class ConcurrentRendersTest {
    private static final int RENDERS = 500;
    private static final int THREADS = 8;

    record Job(Occupation o, RenderOptions options, String format) {
    }

    @Test
    void eightThreadsGiveTheBytesOfOne() throws Exception {
        List<Occupation> profiles = new ArrayList<>(List.of(Fixtures.flagship(), Fixtures.resource("hostile.json"),
                Fixtures.resource("unicode.json")));
        DataSet data = DataSet.embedded();
        for (String code : List.of("45-3031.00", "51-7032.00", "29-1141.00", "15-1252.00")) {
            profiles.add(data.find(code).orElseThrow());
        }
        List<RenderOptions> options = List.of(Fixtures.options(),
                Fixtures.options().toBuilder().detail(Detail.SUMMARY).largePrint(true).build(),
                Fixtures.options().toBuilder().note("Ask about March.").agency("EDD").build());
        List<Job> kinds = new ArrayList<>();
        for (Occupation o : profiles) {
            for (RenderOptions opt : options) {
                for (String f : List.of("pdf", "docx", "html")) {
                    kinds.add(new Job(o, opt, f));
                }
            }
        }
        Map<Job, byte[]> reference = new HashMap<>();
        for (Job j : kinds) {
            reference.put(j, Occuprint.render(j.o(), j.options(), j.format()));
        }
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < RENDERS; i++) {
            jobs.add(kinds.get(i % kinds.size()));
        }
        Collections.shuffle(jobs, new Random(20221205));
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (Job j : jobs) {
                results.add(pool.submit(() -> Occuprint.render(j.o(), j.options(), j.format())));
            }
            int same = 0;
            for (int i = 0; i < jobs.size(); i++) {
                Job j = jobs.get(i);
                assertThat(results.get(i).get()).as("%s %s render %d", j.o().code(), j.format(), i)
                        .isEqualTo(reference.get(j));
                same++;
            }
            assertThat(same).isEqualTo(RENDERS);
        } finally {
            pool.shutdownNow();
        }
    }
}
