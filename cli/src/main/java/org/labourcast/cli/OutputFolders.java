package org.labourcast.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.labourcast.results.OutputDirectory;

/**
 * The output folder of a command, as every command that writes one treats it: {@code --out} checked first (not
 * empty, not a URI: the CLI writes local folders only), then the folder opened and locked before any computing
 * ({@link OutputDirectory#open}), so a bad, busy or read-only folder costs the user nothing.
 */
final class OutputFolders {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=,@+%-]+");

    private OutputFolders() {
    }

    /** Refuses an empty {@code --out} or one that is a URI; null (the flag not given) passes. */
    static void checkOption(Path out) {
        if (out != null) {
            OutputDirectory.requireLocal(out, "--out");
        }
    }

    /** Opens {@code dir} for writing: checked, locked, and with {@code overwrite} ready to replace what is there. */
    static OutputDirectory open(Path dir, boolean overwrite) {
        return OutputDirectory.open(dir, overwrite);
    }

    /** The command line as a user would type it again, e.g. {@code labourcast run 'my file.yaml' --seed 2}. */
    static String commandLine(String[] args) {
        List<String> words = new ArrayList<>();
        words.add("labourcast");
        for (String a : args) {
            words.add(a != null && PLAIN.matcher(a).matches() ? a : "'" + String.valueOf(a).replace("'", "'\\''")
                    + "'");
        }
        return String.join(" ", words);
    }
}
