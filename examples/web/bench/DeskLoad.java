import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load on a running desk: CLIENTS clients download single-handout PDFs (codes in turn) without pause for
 * SECONDS seconds, while one more client asks for the search page twice a second. Every answer must be a
 * whole PDF (200, "%PDF-" ... "%%EOF"); prints p50/p95 of each, and the number of bad answers.
 *   java examples/web/bench/DeskLoad.java BASE_URL [CLIENTS] [SECONDS]    (see desk-load.sh)
 */
public final class DeskLoad {
    private static final String[] CODES = {"29-2072.00", "29-1141.00", "43-6013.00", "29-9021.00", "31-9092.00",
            "15-1252.00", "47-2111.00", "53-3032.00", "25-2021.00", "11-1021.00"};

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<Long> pdfMillis = Collections.synchronizedList(new ArrayList<>());
        List<Long> searchMillis = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger bad = new AtomicInteger();
        AtomicInteger busy = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        CountDownLatch done = new CountDownLatch(clients + 1);
        for (int c = 0; c < clients; c++) {
            int first = c;
            Thread t = new Thread(() -> {
                int n = first;
                while (running.get()) {
                    String code = CODES[n++ % CODES.length];
                    URI uri = URI.create(base + "/occupations/" + code + ".pdf?area=US&printed-on=2022-05-21");
                    long start = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                        long ms = (System.nanoTime() - start) / 1_000_000;
                        if (r.statusCode() == 503) {
                            busy.incrementAndGet();
                            Thread.sleep(2000);
                        } else if (r.statusCode() == 200 && isWholePdf(r.body())) {
                            pdfMillis.add(ms);
                        } else {
                            bad.incrementAndGet();
                        }
                    } catch (Exception e) {
                        bad.incrementAndGet();
                    }
                }
                done.countDown();
            });
            t.start();
        }
        Thread search = new Thread(() -> {
            while (running.get()) {
                long start = System.nanoTime();
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/?q=nurse")).build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                    if (r.statusCode() == 200 && r.body().contains("Registered Nurses")) {
                        searchMillis.add((System.nanoTime() - start) / 1_000_000);
                    } else {
                        bad.incrementAndGet();
                    }
                    Thread.sleep(500);
                } catch (Exception e) {
                    bad.incrementAndGet();
                }
            }
            done.countDown();
        });
        search.start();
        Thread.sleep(seconds * 1000L);
        running.set(false);
        done.await();
        System.out.printf(Locale.ROOT, "%d clients for %d s: %d PDFs (%.1f/s), %d answered 503, %d bad%n", clients, seconds,
                pdfMillis.size(), pdfMillis.size() / (double) seconds, busy.get(), bad.get());
        System.out.println("PDF download    " + percentiles(pdfMillis));
        System.out.println("search page     " + percentiles(searchMillis));
        if (bad.get() > 0) {
            System.exit(1);
        }
    }

    private static boolean isWholePdf(byte[] b) {
        String head = new String(b, 0, Math.min(5, b.length), StandardCharsets.ISO_8859_1);
        String tail = new String(b, Math.max(0, b.length - 8), Math.min(8, b.length), StandardCharsets.ISO_8859_1);
        return head.equals("%PDF-") && tail.contains("%%EOF");
    }

    private static String percentiles(List<Long> ms) {
        List<Long> s = new ArrayList<>(ms);
        Collections.sort(s);
        if (s.isEmpty()) {
            return "no answers";
        }
        return String.format(Locale.ROOT, "p50 %5d ms   p95 %5d ms   max %5d ms   (%d answers)", s.get((s.size() - 1) / 2),
                s.get((int) Math.ceil(s.size() * 0.95) - 1), s.get(s.size() - 1), s.size());
    }
}
