package org.labourcast.sweep;

import java.nio.file.Path;
import org.labourcast.InputException;
import org.labourcast.results.OutputDirectory;

/**
 * A sweep's folder made ready to run points in, as every runner does it ({@code labourcast sweep}, the Spark
 * driver): a new sweep (refused where a sweep already is, unless {@code overwrite}), or, with {@code resume}, the
 * same sweep started before (refused when the folder holds none, or another sweep). The folder is locked until
 * {@link #close}: a second sweep into it is refused, naming the first.
 *
 * @param out    the folder, to write the tables and manifest into
 * @param folder its plan and checkpoints
 */
public record SweepStart(OutputDirectory out, SweepFolder folder) implements AutoCloseable {

    /**
     * @param beforeStart runs before a new sweep's folder is touched (checking the parameters), not on resume
     * @throws InputException naming the flag at fault
     */
    public static SweepStart open(Path dir, SweepPlan plan, boolean resume, boolean overwrite, Runnable beforeStart) {
        if (resume && overwrite) {
            throw new InputException(null, "--resume", "--resume and --overwrite contradict each other",
                    "--resume finishes a sweep, --overwrite starts it again");
        }
        if (resume) {
            if (!SweepFolder.exists(dir)) {
                throw new InputException(null, "--resume", "nothing to resume: '" + dir + "' holds no sweep (no "
                        + SweepPlan.PLAN_FILE + ")", "run without --resume to start the sweep");
            }
            // Locked before the checkpoints are read: a sweep still running there is named, not raced with.
            OutputDirectory out = OutputDirectory.openToContinue(dir);
            try {
                SweepFolder folder = SweepFolder.open(dir, true);
                if (!folder.fingerprint().equals(plan.fingerprint())) {
                    throw new InputException(null, "--resume", "'" + dir + "' holds another sweep: the scenario, its"
                            + " sweep section, --scale or the labourcast version changed since it was started",
                            "resume with the same inputs, or start again with --overwrite");
                }
                return new SweepStart(out, folder);
            } catch (RuntimeException e) {
                out.close();
                throw e;
            }
        }
        java.util.function.Consumer<Path> noSweepThere = d -> {
            if (SweepFolder.exists(d) && !overwrite) {
                throw new InputException(null, "--out", "'" + d + "' already holds a sweep (" + SweepPlan.PLAN_FILE
                        + ")", "use --resume to finish it, --overwrite to start again, or choose another --out");
            }
        };
        beforeStart.run();
        // Checked under the lock, so a sweep still running there is named rather than called "already there".
        OutputDirectory out = OutputDirectory.open(dir, overwrite, noSweepThere);
        try {
            SweepFolder.clear(dir);
            return new SweepStart(out, SweepFolder.create(out, plan));
        } catch (RuntimeException e) {
            out.close();
            throw e;
        }
    }

    /** Releases the folder's lock. */
    @Override
    public void close() {
        out.close();
    }
}
