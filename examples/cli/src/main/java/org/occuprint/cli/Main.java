package org.occuprint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jspecify.annotations.Nullable;
import org.occuprint.error.OccuprintException;
import org.occuprint.io.ProfileFormatException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;

/**
 * The {@code occuprint} command.
 *
 * <p>Exit codes: 0 done; 1 bad input or data (the message names the file, code or field); 2 wrong usage.
 * No stack trace reaches the user unless {@code --debug}.
 */
@Command(name = "occuprint", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Printable career profiles (PDF, DOCX, print-HTML) from occupation data.",
        footer = {"", "Examples:",
                "  occuprint search nurse",
                "  occuprint render 29-2072.00 --format pdf,html --area CBSA-40140 --area US",
                "  occuprint areas --state CA",
                "  occuprint validate my-profile.json",
                "  occuprint guide --book guide.pdf",
                "  occuprint import --help",
                "", "Exit codes: 0 done, 1 bad input or data, 2 wrong usage."})
public final class Main implements Runnable {
    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show stack traces of failures.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a command is needed (" + String.join(", ", spec.subcommands().keySet().stream().filter(n -> !n.equals("help")).toList()) + ")");
    }

    public static void main(String[] args) {
        configureLogging();
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command with these streams; returns the exit code. */
    static int run(String[] args, PrintWriter out, PrintWriter err) {
        Main main = new Main();
        CommandLine cl = new CommandLine(main);
        // picocli builds each command's model by reflection when it is added, and its own classes (Java 5
        // bytecode) cannot go into the class-data archive: a command named on the line gets only its own model,
        // anything else (help, no command, a misspelt one) all of them
        String named = commandName(args);
        boolean all = named == null || !COMMANDS.containsKey(named);
        COMMANDS.forEach((name, command) -> {
            if (all || name.equals(named)) {
                cl.addSubcommand(name, command.get());
            }
        });
        cl.addSubcommand("help", new CommandLine.HelpCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler(Main::onUsageError);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> onFailure(e, cmd, main.debug || hasDebug(args)));
        return cl.execute(args);
    }

    /** The commands, in the order the usage lists them. */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("render", RenderCommand::new);
        m.put("packet", PacketCommand::new);
        m.put("search", SearchCommand::new);
        m.put("areas", AreasCommand::new);
        m.put("validate", ValidateCommand::new);
        m.put("guide", GuideCommand::new);
        m.put("import", ImportCommand::new);
        m.put("serve", ServeCommand::new);
        return Collections.unmodifiableMap(m);
    }

    /** The first word of the line that is not an option: the command's name, if there is one. */
    private static @Nullable String commandName(String[] args) {
        for (String a : args) {
            if (!a.startsWith("-")) {
                return a;
            }
        }
        return null;
    }

    private static boolean hasDebug(String[] args) {
        for (String a : args) {
            if (a.equals("--debug")) {
                return true;
            }
        }
        return false;
    }

    private static int onUsageError(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("occuprint: " + e.getMessage());
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help'.");
        if (hasDebug(args)) {
            e.printStackTrace(err);
        }
        return CliException.USAGE;
    }

    private static int onFailure(Exception e, CommandLine cmd, boolean debug) {
        PrintWriter err = cmd.getErr();
        int code = CliException.DATA;
        if (e instanceof CliException c) {
            err.println("occuprint: " + c.getMessage());
            code = c.exitCode();
            if (code == CliException.USAGE) {
                err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help'.");
            }
        } else if (e instanceof ProfileFormatException f) {
            err.println("occuprint: " + f.source() + " is not a valid profile:");
            f.problems().forEach(p -> err.println("  " + p));
        } else if (e instanceof OccuprintException || e instanceof UncheckedIOException) {
            err.println("occuprint: " + e.getMessage());
        } else {
            err.println("occuprint: unexpected failure: " + e + (debug ? "" : " (run with --debug for details)"));
        }
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /** Warnings from the libraries as one line each on stderr; nothing below WARNING. */
    static void configureLogging() {
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        ConsoleHandler handler = new ConsoleHandler();
        handler.setLevel(Level.WARNING);
        handler.setFormatter(new Formatter() {
            @Override
            public String format(LogRecord r) {
                return "occuprint: " + r.getLevel().getName().toLowerCase(java.util.Locale.ROOT) + ": "
                        + formatMessage(r) + System.lineSeparator();
            }
        });
        root.addHandler(handler);
        root.setLevel(Level.WARNING);
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            Properties p = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("/org/occuprint/cli/version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new String[] {"occuprint " + p.getProperty("version", "(development)"),
                    "Data: " + p.getProperty("data", "O*NET 29.3, BLS OEWS May 2024, BLS Employment Projections 2024-2034")};
        }
    }
}
