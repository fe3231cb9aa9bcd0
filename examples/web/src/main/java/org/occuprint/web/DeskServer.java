package org.occuprint.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.occuprint.Occuprint;
import org.occuprint.compose.Block;
import org.occuprint.compose.OutlookTerms;
import org.occuprint.compose.PacketComposer;
import org.occuprint.compose.PacketDocument;
import org.occuprint.compose.Section;
import org.occuprint.data.Catalog;
import org.occuprint.data.SearchHit;
import org.occuprint.error.OccuprintException;
import org.occuprint.model.Area;
import org.occuprint.model.Occupation;
import org.occuprint.options.InvalidOptionException;
import org.occuprint.options.RenderOptions;
import org.occuprint.render.OutputFormat;
import org.occuprint.render.ProfileRenderer;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.UploadedFile;
import io.javalin.http.staticfiles.Location;

/**
 * The counselor's desk: a local web server on a data set. Search (type-ahead and plain form), an occupation
 * page with the handout options and a live preview of the print-HTML, and downloads in every format.
 *
 * <pre>{@code
 * try (DeskServer desk = DeskServer.builder().catalog(Catalog.embedded()).port(8080).build().start()) {
 *     System.out.println(desk.url());
 *     ...
 * }
 * }</pre>
 *
 * <p>URLs: {@code GET /} (search; {@code ?q=} answers without script), {@code GET /api/search?q=} (JSON),
 * {@code GET|POST /occupations/{code}} (the preview page), {@code GET|POST /occupations/{code}.{pdf|docx|html}}
 * (a download). Query and form parameters use the command line's option names (see {@link HandoutRequest}).
 *
 * <p>Safety: binds to 127.0.0.1 unless told otherwise; answers only requests whose {@code Host} is one of
 * its own names (against DNS rebinding); every POST needs the page's CSRF token and a same-origin
 * {@code Origin} when the browser sends one; every response is {@code Cache-Control: no-store} and carries a
 * Content-Security-Policy without inline script and without outside resources. The note and logo are never
 * written to disk (uploads stay in memory), never logged and never put in a URL. Renders run through a
 * bounded gate: a request waits a short while for a slot, and when none frees up the answer is 503 with
 * {@code Retry-After}.
 */
public final class DeskServer implements AutoCloseable {
    /** The largest request body, in bytes. */
    public static final long MAX_REQUEST = 2L * 1024 * 1024;
    /** The most search results shown. */
    static final int MAX_RESULTS = 20;

    private static final Pattern DOWNLOAD = Pattern.compile("(\\d{2}-\\d{4}\\.\\d{2})(?:\\.([a-z]{2,5}))?");
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
            + " frame-ancestors 'self'";
    /** The print-HTML downloaded on its own: styles inline, images inline, nothing else. */
    private static final String HANDOUT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:;"
            + " base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

    private final Catalog catalog;
    private final Duration renderWait;
    private final String bind;
    private final int requestedPort;
    private final ZoneId zone;
    private final Set<String> hosts;
    private final Semaphore renders;
    private final String csrf;
    private final Pages pages;
    private final boolean debug;
    private @Nullable Javalin app;

    private DeskServer(Builder b) {
        this.catalog = b.catalog != null ? b.catalog : Catalog.embedded();
        this.bind = b.bind;
        this.requestedPort = b.port;
        this.zone = b.zone;
        this.renders = new Semaphore(b.renderSlots, true);
        this.renderWait = b.renderWait;
        byte[] token = new byte[24];
        new SecureRandom().nextBytes(token);
        this.csrf = Base64.getUrlEncoder().withoutPadding().encodeToString(token);
        this.hosts = hostNames(b.bind, b.extraHosts);
        this.pages = new Pages();
        this.debug = b.debug;
    }

    /** A builder: the embedded data set on 127.0.0.1, port 8080. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether this bind address lets other machines connect (the command warns about it). */
    public static boolean isPublic(String bind) {
        return !(bind.equals("127.0.0.1") || bind.equals("localhost") || bind.equals("::1") || bind.startsWith("127."));
    }

    /**
     * Starts the server.
     *
     * @throws OccuprintException if the port cannot be bound (the message names it)
     */
    public synchronized DeskServer start() {
        if (app != null) {
            return this;
        }
        Javalin j = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_REQUEST;
            config.jetty.multipartConfig.maxInMemoryFileSize((int) MAX_REQUEST, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxFileSize(MAX_REQUEST, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(MAX_REQUEST, SizeUnit.BYTES);
            config.staticFiles.add(s -> {
                s.hostedPath = "/static";
                s.directory = "/org/occuprint/web/static";
                s.location = Location.CLASSPATH;
            });
        });
        j.before(this::guard);
        j.get("/", this::search);
        j.get("/api/search", this::searchJson);
        j.get("/occupations/{name}", this::occupation);
        j.post("/occupations/{name}", this::occupation);
        j.get("/packet", this::packetPage);
        for (String format : List.of("pdf", "docx", "html")) {
            j.get("/packet." + format, ctx -> packetDownload(ctx, format));
            j.post("/packet." + format, ctx -> packetDownload(ctx, format));
        }
        j.exception(InvalidOptionException.class, (e, ctx) -> problem(ctx, 400, "That option cannot be used",
                e.getMessage()));
        j.exception(UnknownOccupation.class, (e, ctx) -> problem(ctx, 404, "No such occupation", e.getMessage()));
        j.exception(Refused.class, (e, ctx) -> problem(ctx, e.status, e.title, e.getMessage()));
        j.exception(OccuprintException.class, (e, ctx) -> problem(ctx, 400, "The handout cannot be made", e.getMessage()));
        j.exception(Exception.class, (e, ctx) -> {
            if (debug) {
                e.printStackTrace();
            }
            // the message may quote the request (a note): the page says only that it failed
            problem(ctx, 500, "Something went wrong", "The desk could not answer this request.");
        });
        j.error(404, ctx -> {
            if (ctx.attribute("problem") == null) {
                problem(ctx, 404, "Page not found", "There is no page at this address.");
            }
        });
        j.error(413, ctx -> problem(ctx, 413, "Too large", "The request is larger than the desk takes ("
                + MAX_REQUEST / 1024 / 1024 + " MiB)."));
        try {
            j.start(bind, requestedPort);
        } catch (RuntimeException e) {
            throw new OccuprintException("Cannot start the desk on " + bind + ":" + requestedPort + ": "
                    + Optional.ofNullable(e.getCause()).map(Throwable::getMessage).orElse(e.getMessage()), e);
        }
        app = j;
        return this;
    }

    /** The port the server listens on. */
    public int port() {
        if (app == null) {
            throw new IllegalStateException("The desk is not started");
        }
        return app.port();
    }

    /** The address to open in a browser. */
    public String url() {
        String host = isPublic(bind) && !bind.equals("0.0.0.0") ? bind : "127.0.0.1";
        return "http://" + host + ":" + port() + "/";
    }

    /** Stops the server; renders in progress finish first. */
    @Override
    public synchronized void close() {
        if (app != null) {
            app.stop();
            app = null;
        }
    }

    // ---- the guard ---------------------------------------------------------------------------------------

    private void guard(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Content-Security-Policy", CSP);
        String host = Optional.ofNullable(ctx.header("Host")).orElse("");
        if (!hosts.contains(hostPart(host).toLowerCase(Locale.ROOT))) {
            throw new Refused(421, "Unknown host", "This desk answers only to its own address, not to '" + host + "'.");
        }
        if (ctx.method() == HandlerType.POST) {
            String origin = ctx.header("Origin");
            if (origin != null && !origin.equals("null") && !hosts.contains(hostPart(origin.replaceFirst("^https?://", ""))
                    .toLowerCase(Locale.ROOT))) {
                throw new Refused(403, "Refused", "The form was sent from another site.");
            }
            String token = ctx.formParam("csrf");
            if (token == null || !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                    csrf.getBytes(StandardCharsets.UTF_8))) {
                throw new Refused(403, "Refused", "The form has expired or did not come from this desk: open the page again.");
            }
        }
    }

    /** The host of a {@code Host} header or origin: the part before the port ({@code [::1]:8080} → {@code [::1]}). */
    private static String hostPart(String host) {
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end < 0 ? host : host.substring(0, end + 1);
        }
        int colon = host.indexOf(':');
        return colon < 0 ? host : host.substring(0, colon);
    }

    private static Set<String> hostNames(String bind, List<String> extra) {
        Set<String> out = new LinkedHashSet<>(List.of("localhost", "127.0.0.1", "[::1]"));
        if (!bind.equals("0.0.0.0") && !bind.equals("::")) {
            out.add(bind.contains(":") ? "[" + bind + "]" : bind);
        } else {
            try {
                InetAddress local = InetAddress.getLocalHost();
                out.add(local.getHostName().toLowerCase(Locale.ROOT));
                out.add(local.getHostAddress());
            } catch (UnknownHostException e) {
                // the machine's own name is unknown: only the names above and the extra ones are accepted
            }
        }
        extra.forEach(h -> out.add(h.toLowerCase(Locale.ROOT)));
        return out;
    }

    // ---- pages ---------------------------------------------------------------------------------------------

    private void search(Context ctx) {
        String q = Optional.ofNullable(ctx.queryParam("q")).orElse("").strip();
        List<Hit> hits = q.isEmpty() ? List.of() : hits(q);
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("q", q);
        vars.put("hits", hits);
        vars.put("count", catalog.data().size());
        ctx.contentType("text/html; charset=utf-8").result(pages.render("search", vars));
    }

    private void searchJson(Context ctx) {
        String q = Optional.ofNullable(ctx.queryParam("q")).orElse("").strip();
        ctx.contentType("application/json").result(Json.hits(q.isEmpty() ? List.of() : hits(q)));
    }

    /** One search result as the pages show it. */
    record Hit(String code, String title, String brightOutlook) {
    }

    private List<Hit> hits(String q) {
        List<Hit> out = new ArrayList<>();
        for (SearchHit h : catalog.data().search(q)) {
            if (out.size() == MAX_RESULTS) {
                break;
            }
            Occupation o = catalog.data().find(h.code()).orElseThrow();
            out.add(new Hit(h.code(), h.title(), OutlookTerms.brightOutlookWords(o, Locale.US).orElse("")));
        }
        return out;
    }

    private void occupation(Context ctx) {
        Matcher m = DOWNLOAD.matcher(ctx.pathParam("name"));
        if (!m.matches()) {
            throw new UnknownOccupation("There is no occupation at this address. Search for one by title or code.");
        }
        Occupation o = catalog.data().find(m.group(1)).orElseThrow(() -> new UnknownOccupation(
                "The code " + m.group(1) + " is not in the data set. Search for the occupation by title or code."));
        Map<String, List<String>> params = params(ctx);
        byte[] logo = logo(ctx);
        RenderOptions options = HandoutRequest.options(params, logo, LocalDate.now(zone), catalog.agency().orElse(null),
                catalog.defaultAreas());
        catalog.checkAreas(options.areas(), o);
        if (m.group(2) == null) {
            preview(ctx, o, options, params, logo);
            return;
        }
        ProfileRenderer renderer = Occuprint.renderers().get(m.group(2)).orElseThrow(() -> new UnknownOccupation(
                "There is no '" + m.group(2) + "' download; the desk offers pdf, docx and html."));
        send(ctx, renderer.format(), Occuprint.fileName(o, renderer.format()), render(o, options, renderer));
    }

    private void preview(Context ctx, Occupation o, RenderOptions options, Map<String, List<String>> params,
            byte @Nullable [] logo) {
        ProfileRenderer html = Occuprint.renderers().get("html").orElseThrow();
        String handout = new String(render(o, options, html), StandardCharsets.UTF_8);
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("code", o.code());
        vars.put("title", o.title());
        vars.put("handout", handout);
        vars.put("csrf", csrf);
        vars.put("areas", areaChoices(o, options));
        vars.put("summary", options.detail() == org.occuprint.options.Detail.SUMMARY);
        vars.put("largePrint", options.largePrint());
        vars.put("noCharts", !options.charts());
        vars.put("noQr", options.onlineProfile().isEmpty());
        vars.put("pageSize", options.pageSize().id());
        vars.put("note", options.note().orElse(""));
        vars.put("office", first(params, "office"));
        vars.put("agency", first(params, "agency"));
        vars.put("sections", first(params, "sections"));
        vars.put("logo", logo == null ? "" : Base64.getEncoder().encodeToString(logo));
        vars.put("query", query(params));
        vars.put("post", ctx.method() == HandlerType.POST);
        vars.put("bright", OutlookTerms.brightOutlookWords(o, Locale.US).orElse(""));
        ctx.contentType("text/html; charset=utf-8").result(pages.render("occupation", vars));
    }

    // ---- the packet ----------------------------------------------------------------------------------------

    /** One occupation of the packet page, with the addresses of the packet reordered or without it. */
    record PacketItem(String code, String title, String up, String down, String remove) {
    }

    /** The packet's codes from the request ({@code code=...&code=...}), in order; the rest are handout options. */
    private static List<String> codes(Map<String, List<String>> params) {
        List<String> codes = new ArrayList<>();
        for (String v : params.getOrDefault("code", List.of())) {
            for (String c : v.split(",")) {
                if (!c.isBlank()) {
                    codes.add(c.strip());
                }
            }
        }
        if (codes.size() > PacketComposer.MAX) {
            throw new InvalidOptionException("code", "A packet holds at most " + PacketComposer.MAX + " occupations; "
                    + codes.size() + " were given");
        }
        return codes;
    }

    /** The occupations of these codes, or one message naming every code that is not an occupation of the data. */
    private List<Occupation> occupations(List<String> codes) {
        List<String> bad = codes.stream().filter(c -> !Occupation.CODE_PATTERN.matcher(c).matches()
                || !catalog.data().contains(c)).toList();
        if (!bad.isEmpty()) {
            throw new InvalidOptionException("code", (bad.size() == 1 ? "Unknown occupation code " : "Unknown occupation codes ")
                    + String.join(", ", bad) + ": not in the data set (search for the occupations by title)");
        }
        return codes.stream().map(c -> catalog.data().find(c).orElseThrow()).toList();
    }

    private void packetPage(Context ctx) {
        Map<String, List<String>> params = params(ctx);
        List<String> codes = new ArrayList<>(new LinkedHashSet<>(codes(params)));
        params.remove("code");
        List<Occupation> occupations = occupations(codes);
        RenderOptions options = HandoutRequest.options(params, null, LocalDate.now(zone), catalog.agency().orElse(null),
                catalog.defaultAreas());
        for (Occupation o : occupations) {
            catalog.checkAreas(options.areas(), o);
        }
        String rest = query(params).replaceFirst("^\\?", "");
        List<PacketItem> items = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            items.add(new PacketItem(codes.get(i), occupations.get(i).title(),
                    i == 0 ? "" : packetUrl("/packet", swap(codes, i - 1, i), rest),
                    i == codes.size() - 1 ? "" : packetUrl("/packet", swap(codes, i, i + 1), rest),
                    packetUrl("/packet", without(codes, i), rest)));
        }
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("items", items);
        vars.put("codes", codes);
        vars.put("csrf", csrf);
        vars.put("areas", packetAreas(options));
        vars.put("summary", options.detail() == org.occuprint.options.Detail.SUMMARY);
        List<Block.Table> tables = new ArrayList<>();
        if (occupations.size() >= PacketComposer.MIN) {
            Section comparison = Occuprint.composePacket(occupations, options).comparison();
            comparison.blocks().stream().filter(b -> b instanceof Block.Table).forEach(b -> tables.add((Block.Table) b));
        }
        vars.put("tables", tables);
        vars.put("htmlUrl", packetUrl("/packet.html", codes, rest));
        vars.put("max", PacketComposer.MAX);
        ctx.contentType("text/html; charset=utf-8").result(pages.render("packet", vars));
    }

    private void packetDownload(Context ctx, String formatId) {
        Map<String, List<String>> params = params(ctx);
        List<String> codes = codes(params);
        params.remove("code");
        List<Occupation> occupations = occupations(codes);
        RenderOptions options = HandoutRequest.options(params, logo(ctx), LocalDate.now(zone),
                catalog.agency().orElse(null), catalog.defaultAreas());
        for (Occupation o : occupations) {
            catalog.checkAreas(options.areas(), o);
        }
        ProfileRenderer renderer = Occuprint.renderers().require(formatId);
        acquireSlot();
        byte[] body;
        try {
            PacketDocument packet = Occuprint.composePacket(occupations, options);
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            renderer.render(packet, out);
            body = out.toByteArray();
        } finally {
            renders.release();
        }
        send(ctx, renderer.format(), "packet." + renderer.format().fileExtension(), body);
    }

    /** Every area of the data: the nation, then the states, then the local areas, as the data set lists them. */
    private List<AreaChoice> packetAreas(RenderOptions options) {
        List<Area> areas = new ArrayList<>(catalog.areas());
        areas.sort(Comparator.comparingInt(a -> a.id().equals("US") ? 0 : a.id().startsWith("ST-") ? 1 : 2));
        List<AreaChoice> out = new ArrayList<>();
        for (Area a : areas) {
            out.add(new AreaChoice(a.id(), a.name(), options.areas().contains(a.id())));
        }
        return out;
    }

    private static String packetUrl(String path, List<String> codes, String rest) {
        StringBuilder sb = new StringBuilder(path);
        for (String c : codes) {
            sb.append(sb.length() == path.length() ? "?" : "&").append("code=").append(c);
        }
        if (!rest.isEmpty()) {
            sb.append(codes.isEmpty() ? "?" : "&").append(rest);
        }
        return sb.toString();
    }

    private static List<String> swap(List<String> codes, int i, int j) {
        List<String> out = new ArrayList<>(codes);
        Collections.swap(out, i, j);
        return out;
    }

    private static List<String> without(List<String> codes, int i) {
        List<String> out = new ArrayList<>(codes);
        out.remove(i);
        return out;
    }

    /** A download: print-HTML inline under the handout's CSP, PDF and DOCX as attachments. */
    private static void send(Context ctx, OutputFormat format, String fileName, byte[] body) {
        boolean html = format.id().equals("html");
        ctx.contentType(format.mediaType() + (html ? "; charset=utf-8" : ""));
        if (html) {
            ctx.header("Content-Security-Policy", HANDOUT_CSP);
        }
        ctx.header("Content-Disposition", (html ? "inline" : "attachment") + "; filename=\"" + fileName + "\"");
        ctx.result(body);
    }

    /** One area the form offers: id, name, and whether it is chosen. */
    record AreaChoice(String id, String name, boolean chosen) {
    }

    private List<AreaChoice> areaChoices(Occupation o, RenderOptions options) {
        Map<String, String> names = new LinkedHashMap<>();
        o.wages().ifPresent(w -> w.areas().forEach(a -> names.putIfAbsent(a.area().id(), a.area().name())));
        o.outlook().ifPresent(w -> w.areas().forEach(a -> names.putIfAbsent(a.area().id(), a.area().name())));
        for (String id : catalog.data().areaIds()) {
            names.putIfAbsent(id, id);
        }
        List<AreaChoice> out = new ArrayList<>();
        names.forEach((id, name) -> out.add(new AreaChoice(id, name, options.areas().contains(id))));
        return out;
    }

    /** The query string of the options that may go in a URL: never the note, office or logo. */
    private static String query(Map<String, List<String>> params) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, List<String>> e : params.entrySet()) {
            if (List.of("note", "office", "csrf", "code").contains(e.getKey())) {
                continue;
            }
            for (String v : e.getValue()) {
                sb.append(sb.length() == 0 ? "?" : "&").append(e.getKey());
                if (!v.isEmpty()) {
                    sb.append('=').append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8));
                }
            }
        }
        return sb.toString();
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> v = params.getOrDefault(name, List.of());
        return v.isEmpty() ? "" : v.get(0);
    }

    private static Map<String, List<String>> params(Context ctx) {
        Map<String, List<String>> out = new LinkedHashMap<>(ctx.queryParamMap());
        if (ctx.method() == HandlerType.POST) {
            ctx.formParamMap().forEach((k, v) -> {
                if (!k.equals("logo") && !k.equals("logo-data")) {
                    List<String> values = new ArrayList<>(v);
                    // an empty field of the form means "not given"
                    values.removeIf(s -> s.isEmpty() && !k.equals("summary") && !k.equals("large-print")
                            && !k.equals("no-charts") && !k.equals("no-qr"));
                    if (!values.isEmpty()) {
                        out.put(k, values);
                    }
                }
            });
            out.remove("csrf");
        }
        return out;
    }

    private static byte @Nullable [] logo(Context ctx) {
        if (ctx.method() != HandlerType.POST) {
            return null;
        }
        UploadedFile file = ctx.isMultipartFormData() ? ctx.uploadedFile("logo") : null;
        if (file != null && file.size() > 0) {
            if (file.size() > HandoutRequest.MAX_LOGO) {
                throw new InvalidOptionException("logo", "The logo is " + file.size() + " bytes; the desk takes at most "
                        + HandoutRequest.MAX_LOGO + " (1 MiB)");
            }
            try (InputStream in = file.content()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String carried = ctx.formParam("logo-data");
        if (carried != null && !carried.isBlank()) {
            try {
                return Base64.getDecoder().decode(carried.strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidOptionException("logo", "The logo sent back by the page is damaged: choose the file again");
            }
        }
        return null;
    }

    /**
     * Waits for a render slot, at most the builder's render wait; then the desk answers 503 with
     * {@code Retry-After} rather than letting requests pile up.
     */
    private void acquireSlot() {
        boolean got;
        try {
            got = renders.tryAcquire(renderWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            got = false;
        }
        if (!got) {
            throw new Refused(503, "Busy", "The desk is printing as many handouts as it can; try again in a moment.");
        }
    }

    private byte[] render(Occupation o, RenderOptions options, ProfileRenderer renderer) {
        acquireSlot();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            Occuprint.render(o, options, renderer, out);
            return out.toByteArray();
        } finally {
            renders.release();
        }
    }

    private void problem(Context ctx, int status, String title, String message) {
        ctx.attribute("problem", Boolean.TRUE);
        ctx.status(status);
        if (status == 503) {
            ctx.header("Retry-After", "2");
        }
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("Cache-Control", "no-store");
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("status", status);
        vars.put("title", title);
        vars.put("message", message);
        ctx.contentType("text/html; charset=utf-8").result(pages.render("problem", vars));
    }

    /** A request the guard or a limit refuses. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;
        final String title;

        Refused(int status, String title, String message) {
            super(message, null, false, false);
            this.status = status;
            this.title = title;
        }
    }

    /** An address that names no occupation of the data set. */
    static final class UnknownOccupation extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnknownOccupation(String message) {
            super(message, null, false, false);
        }
    }

    /** Collects the server's settings. */
    public static final class Builder {
        private @Nullable Catalog catalog;
        private String bind = "127.0.0.1";
        private int port = 8080;
        private ZoneId zone = ZoneId.systemDefault();
        private int renderSlots = Math.max(2, 2 * Runtime.getRuntime().availableProcessors());
        private Duration renderWait = Duration.ofSeconds(10);
        private final List<String> extraHosts = new ArrayList<>();
        private boolean debug;

        private Builder() {
        }

        /** Print the stack trace of an unexpected failure to standard error (the command's {@code --debug}). */
        public Builder debug(boolean value) {
            debug = value;
            return this;
        }

        /** The data set and default agency to serve; the embedded one by default. */
        public Builder catalog(Catalog value) {
            catalog = Objects.requireNonNull(value, "catalog");
            return this;
        }

        /** The address to listen on; 127.0.0.1 by default. */
        public Builder bind(String value) {
            if (value.isBlank()) {
                throw new IllegalArgumentException("The bind address is blank.");
            }
            bind = value.strip();
            return this;
        }

        /** The port; 0 for any free one. */
        public Builder port(int value) {
            if (value < 0 || value > 65535) {
                throw new IllegalArgumentException("The port '" + value + "' is not between 0 and 65535.");
            }
            port = value;
            return this;
        }

        /** The time zone whose date the footer prints. */
        public Builder zone(ZoneId value) {
            zone = Objects.requireNonNull(value, "zone");
            return this;
        }

        /**
         * How long a request waits for a render slot before the desk answers 503 with {@code Retry-After}.
         * Default: 10 seconds; zero answers 503 at once.
         */
        public Builder renderWait(Duration value) {
            if (value.isNegative()) {
                throw new IllegalArgumentException("The render wait '" + value + "' must not be negative.");
            }
            renderWait = value;
            return this;
        }

        /** How many renders may run at once; further requests wait (see {@link #renderWait}), then get 503. */
        public Builder renderSlots(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("The render slots '" + value + "' must be at least 1.");
            }
            renderSlots = value;
            return this;
        }

        /** Another name this machine is reached by, for the Host check (e.g. a LAN name with --bind 0.0.0.0). */
        public Builder allowHost(String name) {
            if (name.isBlank()) {
                throw new IllegalArgumentException("The host name is blank.");
            }
            extraHosts.add(name.strip());
            return this;
        }

        public DeskServer build() {
            return new DeskServer(this);
        }
    }
}
