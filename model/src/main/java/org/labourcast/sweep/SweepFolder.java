package org.labourcast.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.labourcast.InputException;
import org.labourcast.results.OutputDirectory;

/**
 * A sweep's folder: its plan ({@code sweep.json}, {@code points.csv}) and a checkpoint per finished point in
 * {@code points/point-000123.csv}, each written atomically the moment the point is done. A killed sweep leaves
 * whole checkpoints only; {@code --resume} runs the points without one, and {@code labourcast merge} reads several
 * folders (shards) of one sweep.
 *
 * <p>Thread-safe: points may be written from several threads at once.
 */
public final class SweepFolder {
    /** Sub-folder of the checkpoints. */
    public static final String POINTS_DIR = "points";
    private static final Pattern POINT_FILE = Pattern.compile("point-([0-9]{6,})\\.csv");

    private final Path dir;
    private final SweepPlan plan;
    private final String fingerprint;
    private final OutputDirectory points;

    /** @param write whether points will be written: makes the checkpoint folder and deletes stale temporary files */
    private SweepFolder(Path dir, SweepPlan plan, boolean write) {
        this.dir = dir;
        this.plan = plan;
        this.fingerprint = plan.fingerprint();
        // Written only under the lock of the sweep's folder (SweepStart), which covers its checkpoints too.
        this.points = write ? OutputDirectory.subfolder(dir.resolve(POINTS_DIR)) : null;
    }

    /** Starts a sweep in {@code out}: writes the plan and makes the checkpoint folder. */
    public static SweepFolder create(OutputDirectory out, SweepPlan plan) {
        out.writeText(SweepPlan.POINTS_FILE, plan.pointsCsv());
        out.writeText(SweepPlan.PLAN_FILE, plan.toJson());
        return new SweepFolder(out.dir(), plan, true);
    }

    /** True when {@code dir} holds a sweep plan. */
    public static boolean exists(Path dir) {
        return Files.isRegularFile(dir.resolve(SweepPlan.PLAN_FILE));
    }

    /**
     * Opens a sweep folder written before.
     *
     * @throws InputException when it holds no plan, or one that cannot be read
     */
    public static SweepFolder open(Path dir) {
        return open(dir, false);
    }

    /**
     * Opens a sweep folder written before, to read its checkpoints and, if {@code write}, to add more (resume):
     * then stale temporary files of a killed sweep are deleted. Read-only opening touches nothing, so a folder a
     * running shard writes to can be read.
     *
     * @throws InputException when it holds no plan, or one that cannot be read
     */
    public static SweepFolder open(Path dir, boolean write) {
        Path json = dir.resolve(SweepPlan.PLAN_FILE);
        if (!Files.isRegularFile(json)) {
            throw new InputException(null, "", "'" + dir + "' holds no sweep (no " + SweepPlan.PLAN_FILE + ")",
                    "name a folder written by labourcast sweep");
        }
        try {
            String jsonText = Files.readString(json, StandardCharsets.UTF_8);
            String csv = Files.readString(dir.resolve(SweepPlan.POINTS_FILE), StandardCharsets.UTF_8);
            return new SweepFolder(dir, SweepPlan.parse(jsonText, csv), write);
        } catch (IOException e) {
            throw new InputException(null, "", "cannot read the sweep in '" + dir + "': " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new InputException(null, "", "the sweep in '" + dir + "' cannot be read: " + e.getMessage(),
                    "it was written by another version of labourcast, or edited");
        }
    }

    public Path dir() {
        return dir;
    }

    public SweepPlan plan() {
        return plan;
    }

    public String fingerprint() {
        return fingerprint;
    }

    /** The checkpoint file of a point. */
    public Path pointFile(int point) {
        return dir.resolve(POINTS_DIR).resolve(fileName(point));
    }

    static String fileName(int point) {
        return String.format(Locale.ROOT, "point-%06d.csv", point);
    }

    /** Writes a point's checkpoint atomically. */
    public void write(PointResult result) {
        if (points == null) {
            throw new IllegalStateException("the sweep folder " + dir + " was opened to read");
        }
        String text = result.toText(fingerprint);
        points.writeText(fileName(result.point()), text);
    }

    /**
     * The points with a checkpoint, ascending. Every checkpoint is read, so one of another sweep is found here.
     *
     * @throws InputException for a checkpoint that is not this sweep's or cannot be read
     */
    public TreeSet<Integer> finished() {
        TreeSet<Integer> out = new TreeSet<>();
        Path folder = dir.resolve(POINTS_DIR);
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path f : files) {
                Matcher m = POINT_FILE.matcher(f.getFileName().toString());
                if (m.matches()) {
                    int point = Integer.parseInt(m.group(1));
                    if (point < plan.size()) {
                        read(point);
                        out.add(point);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        return out;
    }

    /**
     * A point's result from its checkpoint.
     *
     * @throws InputException when the checkpoint is missing, belongs to another sweep or cannot be read
     */
    public PointResult read(int point) {
        Path f = pointFile(point);
        String text;
        try {
            text = Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(null, "", "cannot read the checkpoint '" + f + "': " + e.getMessage());
        }
        try {
            PointResult r = PointResult.parse(text, fingerprint);
            if (r.point() != point) {
                throw new IllegalArgumentException("it holds point " + r.point());
            }
            return r;
        } catch (IllegalArgumentException e) {
            throw new InputException(null, "", "checkpoint '" + f + "': " + e.getMessage(),
                    "delete it to run the point again with --resume");
        }
    }

    /** Deletes every checkpoint (for a sweep started again with {@code --overwrite}). */
    public static void clear(Path dir) {
        Path folder = dir.resolve(POINTS_DIR);
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path f : files) {
                if (POINT_FILE.matcher(f.getFileName().toString()).matches()) {
                    Files.delete(f);
                }
            }
        } catch (IOException e) {
            throw new InputException(null, "", "cannot delete the old checkpoints in '" + folder + "': "
                    + e.getMessage());
        }
    }
}
