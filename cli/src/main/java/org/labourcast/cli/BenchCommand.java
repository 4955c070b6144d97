package org.labourcast.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.labourcast.InputException;
import org.labourcast.bench.Benchmark;
import org.labourcast.bench.BenchScenarios;
import org.labourcast.scenario.ScenarioSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code labourcast bench}: times the agent engine on Leshan 1:1 (one run, and a Monte Carlo of many), on a
 * synthetic Sichuan-sized population, and times the naive object-per-person MASON reference, then prints a table
 * (and optionally writes JSON). Figures depend on the machine; nothing here asserts a speed.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Time the agent-based engine (person-years per second, seconds per run, peak heap, bytes of"
            + " agent state per person and, beside them, of the per-column histograms).",
            "Cases: a = Leshan 1:1 one run; b = Leshan 1:1 Monte Carlo (sampling only); c = synthetic Sichuan-sized"
            + " 1:1 one run (needs JAVA_OPTS=-Xmx3g); d = naive object-per-person MASON reference; e = Leshan 1:1"
            + " Monte Carlo drawing every uncertainty source (each replicate its own projection and model).",
            "测试智能体引擎的运行速度与内存。"})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--case", split = ",", paramLabel = "CASE",
            description = "cases to run, of a, b, c, d, e (default: all that fit in the heap; c needs about 2 GiB)")
    List<String> cases;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: available processors)")
    Integer threads;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "1000",
            description = "Monte Carlo runs of cases b and e (default 1000); fewer are timed and extrapolated to 1000")
    int runs;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "2",
            description = "untimed runs before each case so the JIT compiler has warmed up (default 2)")
    int warmup;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "1",
            description = "times each case is run (default 1); the table shows the run with the median seconds per run"
                + " (the lower middle one of an even count) and the range of all, as timings on a shared machine"
                + " can swing by half from run to run")
    int repeat;

    @Option(names = "--scale", paramLabel = "K", defaultValue = "1",
            description = "persons per agent (default 1, one agent per person); larger values give quick checks")
    int scale;

    @Option(names = "--naive-fraction", paramLabel = "F", defaultValue = "1",
            description = "share of Leshan's persons the naive reference builds (default 1: all 3.16 million)")
    double naiveFraction;

    @Option(names = "--scenario", paramLabel = "FILE",
            description = "scenario for cases a, b, c (default scenarios/leshan/baseline.yaml; without a labour:"
                + " section the built-in benchmark labour configuration is used)")
    Path scenario;

    @Option(names = "--json", paramLabel = "FILE", description = "also write the results as JSON")
    Path json;

    @Option(names = "--debug", description = "print stack traces for errors")
    boolean debug;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        int t = RunFlags.threads(threads);
        RunFlags.checkRuns("--runs", runs);
        if (runs < 1 || warmup < 0 || scale < 1 || repeat < 1 || !(naiveFraction > 0 && naiveFraction <= 1)) {
            throw new InputException(null, "bench", "--threads, --runs, --repeat and --scale must be at least 1,"
                    + " --warmup at least 0 and --naive-fraction in (0, 1]");
        }
        List<String> chosen = cases != null ? cases : defaultCases();
        for (String c : chosen) {
            if (!List.of("a", "b", "c", "d", "e").contains(c)) {
                throw new InputException(null, "bench", "unknown case '" + c + "': use a, b, c, d or e");
            }
        }
        Path file = scenario != null ? scenario : findLeshan();
        ScenarioSpec leshan = BenchScenarios.read(file);
        boolean builtIn = BenchScenarios.read(file).labour().source().startsWith("built-in");
        out.printf(Locale.ROOT, "labourcast bench: %d threads, scale %d, warm-up %d; JVM max heap %.2f GiB; java %s%n",
                t, scale, warmup, Runtime.getRuntime().maxMemory() / 1073741824.0, System.getProperty("java.version"));
        out.println("scenario " + file + (builtIn ? " (no labour: section: built-in benchmark labour configuration)"
                : " (its own labour: section)"));
        out.flush();
        List<Benchmark.Result> results = new ArrayList<>();
        Map<String, double[]> spread = new LinkedHashMap<>(); // by case: fastest and slowest s/run, repeats
        for (String c : chosen) {
            List<Benchmark.Result> timed = new ArrayList<>();
            for (int k = 0; k < repeat; k++) {
                int w = k == 0 ? warmup : 0; // the JIT compiler is warm after the first
                Benchmark.Result r = switch (c) {
                    case "a" -> Benchmark.single("a", "Leshan 1:" + scale + ", one run " + leshan.baseYear() + "-"
                            + leshan.horizon(), leshan, scale, t, w);
                    case "b" -> Benchmark.monteCarlo("b", "Leshan 1:" + scale + ", Monte Carlo", leshan, scale, t,
                            Math.min(runs, 1000), 1000, w);
                    case "c" -> sichuan(leshan, t);
                    case "e" -> Benchmark.monteCarlo("e", "Leshan 1:" + scale
                            + ", Monte Carlo, every uncertainty source", leshan, scale, t, Math.min(runs, 1000), 1000,
                            w, org.labourcast.scenario.RunSettings.allSources());
                    default -> Benchmark.naive("d", "naive: one MASON Steppable per person", leshan, naiveFraction,
                            w > 0 ? 3 : 0);
                };
                if (r == null) {
                    break; // case c skipped: not enough heap
                }
                timed.add(r);
                out.println("  done " + r.id() + (repeat > 1 ? " (" + (k + 1) + " of " + repeat + ")" : "") + ": "
                        + String.format(Locale.ROOT, "%.3f s per run", r.secondsPerRun()));
                out.flush();
            }
            if (!timed.isEmpty()) {
                timed.sort(java.util.Comparator.comparingDouble(Benchmark.Result::secondsPerRun));
                results.add(timed.get((timed.size() - 1) / 2)); // the median (the lower middle one of an even count)
                spread.put(c, new double[] {timed.get(0).secondsPerRun(), timed.get(timed.size() - 1).secondsPerRun(),
                    timed.size()});
            }
        }
        print(results, spread, out);
        if (json != null) {
            writeJson(results, spread, t);
            out.println("wrote " + json);
        }
        return LabourcastCli.EXIT_OK;
    }

    /** Case c needs about 2 GiB; without the heap for it, it is skipped with a note rather than failing. */
    private Benchmark.Result sichuan(ScenarioSpec leshan, int t) {
        long needed = (long) (BenchScenarios.SICHUAN_SIZED / scale * 20);
        if (Runtime.getRuntime().maxMemory() < needed) {
            spec.commandLine().getOut().printf(Locale.ROOT, "  skipped c: needs about %.1f GiB of heap; run with"
                    + " JAVA_OPTS=-Xmx3g%n", needed / 1073741824.0);
            return null;
        }
        ScenarioSpec big = BenchScenarios.scaledTo(leshan, BenchScenarios.SICHUAN_SIZED);
        return Benchmark.single("c", "synthetic Sichuan-sized 1:" + scale + " (Leshan structure ×"
                + String.format(Locale.ROOT, "%.2f", BenchScenarios.SICHUAN_SIZED / leshan.population().persons()
                .total()) + "), one run", big, scale, t, 0);
    }

    private List<String> defaultCases() {
        List<String> all = new ArrayList<>(List.of("a", "b", "e"));
        if (Runtime.getRuntime().maxMemory() >= (long) (BenchScenarios.SICHUAN_SIZED / scale * 20)) {
            all.add("c");
        }
        all.add("d");
        return all;
    }

    private static Path findLeshan() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path f = p.resolve("scenarios/leshan/baseline.yaml");
            if (Files.isRegularFile(f)) {
                return f;
            }
        }
        try {
            Path jar = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = jar.getParent(); p != null; p = p.getParent()) {
                Path f = p.resolve("scenarios/leshan/baseline.yaml");
                if (Files.isRegularFile(f)) {
                    return f;
                }
            }
        } catch (java.net.URISyntaxException | RuntimeException e) {
            // fall through to the error below
        }
        throw new InputException(null, "bench", "cannot find scenarios/leshan/baseline.yaml: give --scenario FILE");
    }

    /** The table; {@code spread} holds, by case, the fastest and slowest seconds per run of its repeats, and how many. */
    static void print(List<Benchmark.Result> results, Map<String, double[]> spread, PrintWriter out) {
        out.println();
        out.printf(Locale.ROOT, "%-4s %-66s %11s %6s %4s %9s %10s %14s %9s %8s %8s%n", "case", "description",
                "agents", "runs", "thr", "s/run", "total s", "person-yr/s", "peak MiB", "B/person", "+counts");
        for (Benchmark.Result r : results) {
            out.printf(Locale.ROOT, "%-4s %-66s %,11d %6d %4d %9.3f %10.1f %,14.0f %9.0f %8s %8s%n", r.id(),
                    r.description(), r.agents(), r.runs(), r.threads(), r.secondsPerRun(), r.totalSeconds(),
                    r.personYearsPerSecond(), r.peakHeapBytes() / 1048576.0, perPerson(r.stateBytesPerPerson()),
                    perPerson(r.countBytesPerPerson()));
        }
        for (Benchmark.Result r : results) {
            if (!r.note().isEmpty()) {
                out.println("  " + r.id() + ": " + r.note());
            }
            double[] range = spread.get(r.id());
            if (range != null && range[2] > 1) {
                out.printf(Locale.ROOT, "  %s: the median of %d repeats; seconds per run from %.3f to %.3f%n", r.id(),
                        (int) range[2], range[0], range[1]);
            }
        }
        Benchmark.Result naive = find(results, "d");
        for (String id : List.of("a", "b", "c", "e")) {
            Benchmark.Result col = find(results, id);
            if (naive != null && col != null) {
                out.printf(Locale.ROOT, "  column engine (%s) / naive: %.1f× the person-years per second%n", id,
                        col.personYearsPerSecond() / naive.personYearsPerSecond());
            }
        }
        out.println("  peak MiB: sum of the heap pools' peak usage after a GC and reset before the case (an upper"
                + " bound); B/person: agent columns with household links and records (capacity) / agents; +counts: the"
                + " columns' histograms (agents by key, traits, education and spell band, a fixed cost per group) / agents,"
                + " not in B/person");
    }

    private static String perPerson(double bytes) {
        return Double.isNaN(bytes) ? "-" : String.format(Locale.ROOT, "%.2f", bytes);
    }

    private static Benchmark.Result find(List<Benchmark.Result> results, String id) {
        return results.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
    }

    private void writeJson(List<Benchmark.Result> results, Map<String, double[]> spread, int t) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("java", System.getProperty("java.version"));
        root.put("processors", Runtime.getRuntime().availableProcessors());
        root.put("max_heap_bytes", Runtime.getRuntime().maxMemory());
        root.put("jvm_args", java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
        root.put("threads", t);
        root.put("scale", scale);
        root.put("warmup", warmup);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Benchmark.Result r : results) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("case", r.id());
            m.put("description", r.description());
            m.put("agents", r.agents());
            m.put("person_years_per_run", r.personYears());
            m.put("runs", r.runs());
            m.put("threads", r.threads());
            m.put("seconds_per_run", r.secondsPerRun());
            double[] range = spread.getOrDefault(r.id(), new double[] {r.secondsPerRun(), r.secondsPerRun(), 1});
            m.put("repeats", (int) range[2]);
            m.put("seconds_per_run_min", range[0]);
            m.put("seconds_per_run_max", range[1]);
            m.put("total_seconds", r.totalSeconds());
            m.put("extrapolated", r.extrapolated());
            m.put("person_years_per_second", r.personYearsPerSecond());
            m.put("peak_heap_bytes", r.peakHeapBytes());
            m.put("state_bytes_per_person", Double.isNaN(r.stateBytesPerPerson()) ? null : r.stateBytesPerPerson());
            m.put("count_bytes_per_person", Double.isNaN(r.countBytesPerPerson()) ? null : r.countBytesPerPerson());
            m.put("note", r.note());
            rows.add(m);
        }
        root.put("results", rows);
        if (json.toAbsolutePath().getParent() != null) {
            Files.createDirectories(json.toAbsolutePath().getParent());
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), root);
    }
}
