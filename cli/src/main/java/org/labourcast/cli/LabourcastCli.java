package org.labourcast.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.labourcast.InputException;
import org.labourcast.results.OutputDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The {@code labourcast} command. Exit codes: 0 ok, 1 internal error, 2 bad input (scenario, options, output
 * directory). User errors print one message; stack traces appear only with {@code --debug}. What commands print
 * goes through a {@link TerminalWriter}, which strips escape sequences and control characters.
 */
@Command(name = "labourcast", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Projects population and labour supply for a region under a policy scenario.",
            "模拟与预测政策情景下的劳动力供给。"},
        subcommands = {RunCommand.class, CompareCommand.class, SweepCommand.class, MergeCommand.class,
            ForecastCommand.class, CalibrateCommand.class, ChartCommand.class,
            ReportCommand.class, ValidateCommand.class, BenchCommand.class,
            IndicatorsCommand.class, InitCommand.class, CompletionCommand.class, CommandLine.HelpCommand.class})
public final class LabourcastCli implements java.util.concurrent.Callable<Integer> {
    public static final int EXIT_OK = 0;
    public static final int EXIT_INTERNAL = 1;
    public static final int EXIT_BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(execute(args, out, err));
    }

    /** Runs the command with the given writers; returns the exit code. Used by {@link #main} and tests. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(new LabourcastCli(), args, out, err);
    }

    /** As {@link #execute(String[], PrintWriter, PrintWriter)} with another root command (tests use this). */
    static int execute(Object root, String[] args, PrintWriter rawOut, PrintWriter rawErr) {
        // A second writer into a folder this command writes is told this command line (OutputDirectory's lock).
        OutputDirectory.describeProcessAs(OutputFolders.commandLine(args));
        // Everything printed loses terminal control characters: messages quote scenario strings.
        PrintWriter out = new TerminalWriter(rawOut);
        PrintWriter err = new TerminalWriter(rawErr);
        CommandLine cli = new CommandLine(root);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> e instanceof InputException || e instanceof CommandLine.ParameterException
                ? EXIT_BAD_INPUT : EXIT_INTERNAL);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            CommandLine.ParseResult leaf = parseResult;
            while (leaf.subcommand() != null) {
                leaf = leaf.subcommand();
            }
            boolean debug = Boolean.TRUE.equals(leaf.matchedOptionValue("--debug", false));
            OutOfMemoryError oom = Memory.find(ex);
            if (oom != null) {
                return outOfMemory(oom, debug, err);
            }
            if (ex instanceof InputException) {
                err.println("error: " + ex.getMessage());
                if (debug) {
                    ex.printStackTrace(err);
                }
                err.flush();
                return EXIT_BAD_INPUT;
            }
            err.println("labourcast: internal error: " + ex + (debug ? "" : " (run with --debug for details)"));
            if (debug) {
                ex.printStackTrace(err);
            }
            err.flush();
            return EXIT_INTERNAL;
        });
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError e) {
            // picocli passes errors through; an OutOfMemoryError anywhere ends here with one line, not a JVM trace.
            code = outOfMemory(e, java.util.Arrays.asList(args).contains("--debug"), err);
        }
        out.flush();
        err.flush();
        return code;
    }

    /** One line for an out-of-memory error (its stack trace only with --debug): exit 1. */
    static int outOfMemory(OutOfMemoryError e, boolean debug, PrintWriter err) {
        Runtime rt = Runtime.getRuntime();
        err.println(Memory.outOfMemory(e, rt.totalMemory() - rt.freeMemory(), rt.maxMemory()));
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return EXIT_INTERNAL;
    }

    @Override
    public Integer call() {
        // No subcommand: a usage mistake like any other, so usage goes to stderr with exit code 2.
        PrintWriter err = spec.commandLine().getErr();
        err.println("error: a command is required: run, compare, sweep, merge, forecast, calibrate, chart, report,"
                + " validate, bench, indicators, init, completion or help");
        spec.commandLine().usage(err);
        return EXIT_BAD_INPUT;
    }
}
