package org.occuprint.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.occuprint.web.DeskServer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code occuprint serve}: the counselor's desk, a local web app on the data set. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start the counselor's desk: a local web page to search, preview, print and download handouts.",
                "Prints the address to open; stops on Ctrl-C."},
        footer = {"", "Examples:", "  occuprint serve", "  occuprint serve --port 9000",
                "  occuprint serve --bind 0.0.0.0 --allow-host desk.example.org   (other machines can connect: see the warning)",
                "", "Exit codes: 0 stopped, 1 the port cannot be used or the data cannot be read."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 for any free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String bind;

    @Option(names = "--allow-host", paramLabel = "NAME", description = "Another name the desk is reached by (repeatable), for its Host check.")
    List<String> allowHosts = new ArrayList<>();

    @Option(names = "--data", paramLabel = "FILE", description = "A data set (JSON Lines, optionally gzipped) instead of the embedded one.")
    Path data;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            throw CliException.usage("--port " + port + " is not between 0 and 65535");
        }
        DeskServer.Builder b = DeskServer.builder().catalog(Catalog.open(data).get()).bind(bind).port(port)
                .debug(spec.root().userObject() instanceof Main m && m.debug);
        allowHosts.forEach(b::allowHost);
        DeskServer desk;
        try {
            desk = b.build().start();
        } catch (org.occuprint.error.OccuprintException e) {
            throw CliException.data(e.getMessage());
        }
        if (DeskServer.isPublic(bind)) {
            err.println("occuprint: warning: listening on " + bind + ": other machines on the network can reach the desk,"
                    + " and a counselor's note travels unencrypted (plain HTTP)");
        }
        out.println("Counselor's desk at " + desk.url() + " (Ctrl-C to stop)");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            desk.close();
            stopped.countDown();
        }, "occuprint-desk-stop"));
        stopped.await();
        return 0;
    }
}
