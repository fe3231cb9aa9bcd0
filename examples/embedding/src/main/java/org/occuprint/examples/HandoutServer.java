package org.occuprint.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.occuprint.Occuprint;
import org.occuprint.io.ProfileJson;
import org.occuprint.model.Occupation;
import org.occuprint.options.RenderOptions;
import org.occuprint.render.ProfileRenderer;
import org.occuprint.render.RenderException;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Example: a servlet-style byte stream. A tiny web server (the JDK's own) that answers
 * {@code GET /profiles/29-2072.00.pdf} (or {@code .docx}, {@code .html}) by rendering straight into the
 * response body, with the format's media type and today's date in the footer.
 *
 * <pre>
 * mvn -q -pl examples/embedding exec:java -Dexec.mainClass=org.occuprint.examples.HandoutServer \
 *     -Dexec.args="8080 examples/profiles/29-2072.00.json"
 * curl -o handout.pdf http://localhost:8080/profiles/29-2072.00.pdf
 * </pre>
 */
public final class HandoutServer {
    private static final Pattern PATH = Pattern.compile("/profiles/(\\d{2}-\\d{4}\\.\\d{2})\\.([a-z0-9]+)");

    private final Map<String, Occupation> profiles = new ConcurrentHashMap<>();
    private final HttpServer server;

    /** A server on {@code port} (0 for any free port) serving these profiles. */
    public HandoutServer(int port, Iterable<Occupation> occupations) throws IOException {
        occupations.forEach(o -> profiles.put(o.code(), o));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/profiles/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors()));
    }

    public HandoutServer start() {
        server.start();
        return this;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Matcher m = PATH.matcher(exchange.getRequestURI().getPath());
            Optional<Occupation> occupation = m.matches() ? Optional.ofNullable(profiles.get(m.group(1))) : Optional.empty();
            Optional<ProfileRenderer> renderer = m.matches() ? Occuprint.renderers().get(m.group(2)) : Optional.empty();
            if (occupation.isEmpty() || renderer.isEmpty()) {
                byte[] body = "No such handout\n".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(404, body.length);
                exchange.getResponseBody().write(body);
                return;
            }
            RenderOptions options = RenderOptions.builder().printedOn(LocalDate.now()).agency("EDD").build();
            // Render to memory first: a render failure can still become a proper error response.
            byte[] body;
            try {
                body = Occuprint.render(occupation.get(), options, renderer.get().format().id());
            } catch (RenderException e) {
                byte[] msg = (e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(500, msg.length);
                exchange.getResponseBody().write(msg);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", renderer.get().format().mediaType());
            exchange.getResponseHeaders().set("Content-Disposition",
                    "inline; filename=\"" + Occuprint.fileName(occupation.get(), renderer.get().format()) + "\"");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
        Occupation o = ProfileJson.read(Path.of(args.length > 1 ? args[1] : "examples/profiles/29-2072.00.json"));
        HandoutServer s = new HandoutServer(port, java.util.List.of(o)).start();
        System.out.println("Serving http://127.0.0.1:" + s.port() + "/profiles/" + o.code() + ".pdf (Ctrl-C to stop)");
    }
}
