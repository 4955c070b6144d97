package org.labourcast.results;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A second process for {@link OutputDirectoryLockTest}: opens the folder named by its argument as writer
 * {@code "labourcast run holder.yaml --seed 1"}, prints "locked", and holds it until its standard input ends.
 */
public final class LockHolderMain {
    private LockHolderMain() {
    }

    public static void main(String[] args) throws Exception {
        OutputDirectory.describeProcessAs("labourcast run holder.yaml --seed 1");
        try (OutputDirectory out = OutputDirectory.open(Path.of(args[0]), false)) {
            System.out.println("locked");
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            while (in.readLine() != null) {
                // hold the lock until the test closes our input
            }
        }
    }
}
