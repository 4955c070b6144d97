package org.labourcast.results;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.labourcast.Sha256;

/**
 * Provenance of one run, written last as {@code manifest.json}: which tool, scenario, seed and inputs
 * produced which outputs (with their SHA-256), with which settings, when, and how long each stage took.
 *
 * <p>Build one with {@link #builder()}; {@link #toJson()} gives pretty JSON with a fixed field order,
 * map entries sorted by key and {@code "\n"} line ends, so equal manifests give equal bytes. Paths are
 * written as given, with {@code '/'} as separator.
 *
 * <p>Immutable and thread-safe. The builder is not thread-safe.
 */
public final class Manifest {

    /** Version of this file's layout; raise it when a field changes meaning or disappears. */
    public static final int FORMAT_VERSION = 1;

    public static final String TOOL_NAME = "labourcast";

    /** One output file: its SHA-256 (lowercase hex) and size in bytes. */
    public record Output(String sha256, long bytes) {
        public Output {
            Objects.requireNonNull(sha256, "sha256");
            if (bytes < 0) {
                throw new IllegalArgumentException("bytes must not be negative: " + bytes);
            }
        }
    }

    /**
     * One file the scenario was read from: the scenario file or a parent it {@code extends}, with the SHA-256
     * (lowercase hex) of the bytes read.
     */
    public record ScenarioInput(String file, String sha256) {
        public ScenarioInput {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(sha256, "sha256");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private final String toolVersion;
    private final String scenarioId;
    private final String scenarioFile;
    private final String scenarioSha256;
    private final List<ScenarioInput> scenarioFiles;
    private final List<String> overrides;
    private final Long seed;
    private final SortedMap<String, String> inputs;
    private final SortedMap<String, String> settings;
    private final SortedMap<String, Long> timingsMillis;
    private final SortedMap<String, Output> outputs;
    private final Instant started;
    private final Instant finished;

    private Manifest(Builder b) {
        this.toolVersion = b.toolVersion;
        this.scenarioId = b.scenarioId;
        this.scenarioFile = b.scenarioFile;
        this.scenarioSha256 = b.scenarioSha256;
        this.scenarioFiles = List.copyOf(b.scenarioFiles);
        this.overrides = List.copyOf(b.overrides);
        this.seed = b.seed;
        this.inputs = Collections.unmodifiableSortedMap(new TreeMap<>(b.inputs));
        this.settings = Collections.unmodifiableSortedMap(new TreeMap<>(b.settings));
        this.timingsMillis = Collections.unmodifiableSortedMap(new TreeMap<>(b.timingsMillis));
        this.outputs = Collections.unmodifiableSortedMap(new TreeMap<>(b.outputs));
        this.started = b.started;
        this.finished = b.finished;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The version in the model jar's {@code Implementation-Version} manifest attribute, or {@code "dev"} when
     * running from classes (IDE, tests) or when the jar has no such attribute.
     */
    public static String toolVersionFromJar() {
        String v = Manifest.class.getPackage().getImplementationVersion();
        return v == null || v.isBlank() ? "dev" : v;
    }

    /** SHA-256 of a file's bytes, lowercase hex ({@link Sha256#of(Path)}). @throws UncheckedIOException */
    public static String sha256(Path file) {
        return Sha256.of(file);
    }

    /** SHA-256 of {@code bytes}, lowercase hex ({@link Sha256#of(byte[])}). */
    public static String sha256(byte[] bytes) {
        return Sha256.of(bytes);
    }

    /**
     * Pretty JSON with this fixed layout (maps sorted by key):
     * <pre>
     * { "format_version", "tool": {"name","version"},
     *   "scenario": {"id","file","sha256","files": [{"file","sha256"}…],"set": ["path=value"…]}, "seed",
     *   "started", "finished", "inputs": {path: sha256}, "settings": {name: value},
     *   "timings_ms": {stage: ms}, "outputs": {file name: {"sha256","bytes"}} }
     * </pre>
     * {@code seed}, {@code scenario.file} and {@code scenario.sha256} are {@code null} when absent.
     * {@code scenario.files} lists every file the scenario was read from, the scenario file first, then the parent it
     * {@code extends}, that file's parent…, each with its own SHA-256 (for a variant or a run with {@code --set},
     * {@code scenario.sha256} is the hash of all of them and the overrides together); {@code scenario.set} the
     * {@code --set} overrides in the order applied. Both are empty lists when not recorded.
     * Instants are ISO-8601 UTC to the millisecond, e.g. {@code 2026-01-05T08:30:00.125Z}.
     */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("format_version", FORMAT_VERSION);
        ObjectNode tool = root.putObject("tool");
        tool.put("name", TOOL_NAME);
        tool.put("version", toolVersion);
        ObjectNode scenario = root.putObject("scenario");
        scenario.put("id", scenarioId);
        scenario.put("file", scenarioFile);
        scenario.put("sha256", scenarioSha256);
        var files = scenario.putArray("files");
        scenarioFiles.forEach(f -> files.addObject().put("file", f.file()).put("sha256", f.sha256()));
        var set = scenario.putArray("set");
        overrides.forEach(set::add);
        root.put("seed", seed);
        root.put("started", started.toString());
        root.put("finished", finished.toString());
        ObjectNode in = root.putObject("inputs");
        inputs.forEach(in::put);
        ObjectNode settingsNode = root.putObject("settings");
        settings.forEach(settingsNode::put);
        ObjectNode t = root.putObject("timings_ms");
        timingsMillis.forEach(t::put);
        ObjectNode out = root.putObject("outputs");
        outputs.forEach((name, o) -> {
            ObjectNode n = out.putObject(name);
            n.put("sha256", o.sha256());
            n.put("bytes", o.bytes());
        });
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(
                Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        DefaultIndenter lf = new DefaultIndenter("  ", "\n");
        printer.indentObjectsWith(lf);
        printer.indentArraysWith(lf);
        try {
            return JSON.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a JSON tree", e); // cannot happen for a tree
        }
    }

    public String toolVersion() {
        return toolVersion;
    }

    public String scenarioId() {
        return scenarioId;
    }

    /** The scenario file as given, or null. */
    public String scenarioFile() {
        return scenarioFile;
    }

    /** The scenario file's SHA-256, or null. */
    public String scenarioSha256() {
        return scenarioSha256;
    }

    /** The files the scenario was read from, the scenario file first and then its parents; empty if not recorded. */
    public List<ScenarioInput> scenarioFiles() {
        return scenarioFiles;
    }

    /** The {@code --set} overrides applied to the scenario, as {@code path=value}, in order. */
    public List<String> overrides() {
        return overrides;
    }

    /** The seed, or null for a deterministic run. */
    public Long seed() {
        return seed;
    }

    /** Input file path to SHA-256. */
    public SortedMap<String, String> inputs() {
        return inputs;
    }

    public SortedMap<String, String> settings() {
        return settings;
    }

    public SortedMap<String, Long> timingsMillis() {
        return timingsMillis;
    }

    /** Output file name to hash and size. */
    public SortedMap<String, Output> outputs() {
        return outputs;
    }

    public Instant started() {
        return started;
    }

    public Instant finished() {
        return finished;
    }

    @Override
    public String toString() {
        return toJson();
    }

    static String portable(Path p) {
        return p.toString().replace(File.separatorChar, '/');
    }

    /**
     * Collects the manifest's content. Required: {@link #scenario}, {@link #started}, {@link #finished}.
     * Hashes are computed when a file is added, so add outputs after they are written.
     */
    public static final class Builder {
        private String toolVersion = toolVersionFromJar();
        private String scenarioId;
        private String scenarioFile;
        private String scenarioSha256;
        private Long seed;
        private final List<ScenarioInput> scenarioFiles = new ArrayList<>();
        private final List<String> overrides = new ArrayList<>();
        private final Map<String, String> inputs = new TreeMap<>();
        private final Map<String, String> settings = new TreeMap<>();
        private final Map<String, Long> timingsMillis = new TreeMap<>();
        private final Map<String, Output> outputs = new TreeMap<>();
        private Instant started;
        private Instant finished;

        private Builder() {
        }

        /** Overrides the version read from the jar (for tests, or a CLI that knows better). */
        public Builder toolVersion(String version) {
            this.toolVersion = requireText(version, "tool version");
            return this;
        }

        /**
         * The scenario's id and the file it was read from, which is hashed now.
         *
         * @param file the scenario file, or null for a scenario not read from a file
         */
        public Builder scenario(String id, Path file) {
            this.scenarioId = requireText(id, "scenario id");
            this.scenarioFile = file == null ? null : portable(file);
            this.scenarioSha256 = file == null ? null : sha256(file);
            return this;
        }

        /**
         * The scenario's id, the file it was read from, and a hash computed by the caller (for a scenario merged
         * from several files or changed by overrides, the hash of all its inputs).
         */
        public Builder scenario(String id, Path file, String sha256) {
            this.scenarioId = requireText(id, "scenario id");
            this.scenarioFile = portable(Objects.requireNonNull(file, "file"));
            this.scenarioSha256 = requireText(sha256, "scenario sha256");
            return this;
        }

        /**
         * A file the scenario was read from, with the SHA-256 of the bytes read, in reading order (the scenario file
         * first, then its parent…); also recorded as an {@link #inputFile(Path, String) input}.
         */
        public Builder scenarioFile(Path file, String sha256) {
            String path = portable(Objects.requireNonNull(file, "file"));
            scenarioFiles.add(new ScenarioInput(path, requireText(sha256, "scenario file sha256")));
            inputs.put(path, sha256);
            return this;
        }

        /** A {@code --set} override applied to the scenario, {@code path=value}, in the order applied. */
        public Builder override(String argument) {
            overrides.add(Objects.requireNonNull(argument, "override"));
            return this;
        }

        /** The master seed; null (the default) for a deterministic run. */
        public Builder seed(Long seed) {
            this.seed = seed;
            return this;
        }

        /** An input file (data table, calibration target…), hashed now. */
        public Builder inputFile(Path file) {
            inputs.put(portable(file), sha256(file));
            return this;
        }

        /**
         * An input file with the SHA-256 of the bytes that were actually read (so a file changed since reading
         * is not described by its new content).
         */
        public Builder inputFile(Path file, String sha256) {
            inputs.put(portable(file), requireText(sha256, "input sha256"));
            return this;
        }

        /** A setting that influenced the results (runs, threads, horizon…), as text. */
        public Builder setting(String name, String value) {
            settings.put(requireText(name, "setting name"), Objects.requireNonNull(value, "setting value"));
            return this;
        }

        /** Adds all settings. */
        public Builder settings(Map<String, String> all) {
            all.forEach(this::setting);
            return this;
        }

        /** How long a stage took. */
        public Builder timing(String stage, Duration d) {
            return timingMillis(stage, d.toMillis());
        }

        public Builder timingMillis(String stage, long millis) {
            if (millis < 0) {
                throw new IllegalArgumentException("timing of " + stage + " is negative: " + millis);
            }
            timingsMillis.put(requireText(stage, "timing name"), millis);
            return this;
        }

        /** An output file, keyed by its file name; hashed and measured now. */
        public Builder output(Path file) {
            try {
                long size = Files.size(file);
                outputs.put(file.getFileName().toString(), new Output(sha256(file), size));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            return this;
        }

        /** Adds every file, e.g. {@link OutputDirectory#written()}. */
        public Builder outputs(Collection<Path> files) {
            files.forEach(this::output);
            return this;
        }

        public Builder started(Instant t) {
            this.started = t.truncatedTo(ChronoUnit.MILLIS);
            return this;
        }

        public Builder finished(Instant t) {
            this.finished = t.truncatedTo(ChronoUnit.MILLIS);
            return this;
        }

        /** @throws IllegalStateException if a required part is missing or finished precedes started */
        public Manifest build() {
            if (scenarioId == null) {
                throw new IllegalStateException("manifest needs a scenario id");
            }
            if (started == null || finished == null) {
                throw new IllegalStateException("manifest needs started and finished instants");
            }
            if (finished.isBefore(started)) {
                throw new IllegalStateException("finished " + finished + " precedes started " + started);
            }
            return new Manifest(this);
        }

        private static String requireText(String s, String what) {
            if (s == null || s.isBlank()) {
                throw new IllegalArgumentException(what + " must not be null or blank");
            }
            return s;
        }
    }
}
