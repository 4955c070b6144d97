package org.labourcast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.labourcast.InputException;
import org.labourcast.cli.LabourcastCliTest.Result;
import org.labourcast.scenario.yaml.ScenarioReader;

/**
 * docs/reliability.md, "Fuzzing": {@value #MUTANTS} seeded mutations of the shipped scenarios, in turn,
 * read in process by the scenario reader, every tenth through {@code labourcast validate}. Every outcome must be
 * success or the project's own error with its place in the file ({@link InputException} with a line and column;
 * exit 2 with {@code error: file:line:col: …} from the command) — never another exception, an internal error, a
 * stack trace or an error without a location. Where {@code ScenarioMutationTest} (model) edits characters, this one
 * edits what a careless or hostile author edits: lines deleted, duplicated, swapped or cut off, keys swapped,
 * numbers replaced by extreme values, NaN or text, and control or unusual Unicode characters inserted.
 *
 * <p>A fixed sequence, not a time box: every build reads the same mutants, however loaded the machine. Reading a
 * mutant takes about 20 ms, so the sequence takes about 40 s on a machine to itself; the time is printed, and the
 * timeout only guards against a hang.
 *
 * <p>Seeded ({@value #SEED}): mutant i is drawn from {@code SEED + i} alone, so a failure names the file, the
 * mutant's number and its edits, and reproduces. A variant is mutated next to copies of its parent, which it reads
 * too; a mutated parent is restored before the next mutant.
 */
class ValidateFuzzTest {
    /** The seeded sequence's length. */
    static final int MUTANTS = 2000;
    static final long SEED = 20260117L;
    /** Every this many mutants go through the command rather than the reader alone. */
    static final int CLI_EVERY = 10;
    private static final Pattern LOCATED = Pattern.compile("^error: (.+?):(\\d+):(\\d+): .+", Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    private static final Pattern KEY = Pattern.compile("^(\\s*(?:- )?)([A-Za-z_][A-Za-z0-9_]*):(.*)$");
    private static final String[] EXTREMES = {"1e308", "-1e308", "9.2e18", "9223372036854775807", "1e-320", "-0",
        "0", "99999999999999999999999", ".nan", ".NaN", "NaN", ".inf", "-.inf", "sixty", "60%", "0x1F", "1_000",
        "~", "null", "true", "NO", "[]", "{}", "\"\"", "'1'", "&a 1", "*a", "!!str 5", "!!float nan", "1,5"};
    private static final String[] INSERTS = {"\u0000", "\u0007", "\u001b[2K\u001b[1G\rok", "\r", "\u202e",
        "\ufeff", "\u00e9", "\u4e50", "\ud83d\ude00", "\t", "\u0085", "\u2028", "\u00a0", "\ud800" /* written as the byte 0xFF */, "\\", "\"", "'",
        ": ", "#", "&x ", "*x", "!", "%", "@", "`", "{", "}", "[", "]", "- ", "<<: *x"};

    @TempDir
    Path tmp;

    /** Every shipped scenario file (not calibration files, which validate does not read). */
    static List<Path> scenarios() throws IOException {
        Path root = LabourcastCliTest.repositoryRoot();
        try (Stream<Path> files = Files.walk(root.resolve("scenarios"))) {
            List<Path> out = new ArrayList<>();
            for (Path p : files.filter(p -> p.toString().endsWith(".yaml") && !p.toString().contains("/data/"))
                    .sorted().toList()) {
                if (Files.readAllLines(p).stream().noneMatch(l -> l.startsWith("labourcast_calibration:"))) {
                    out.add(p);
                }
            }
            return out;
        }
    }

    @Test
    @Timeout(value = 900, unit = TimeUnit.SECONDS)
    void everyMutantIsValidOrALocatedInputError() throws IOException {
        List<Path> files = scenarios();
        List<Path> copies = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Path original : files) {
            Path folder = tmp.resolve(original.getParent().getFileName());
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder);
                try (Stream<Path> siblings = Files.list(original.getParent())) {
                    for (Path p : siblings.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                        Files.copy(p, folder.resolve(p.getFileName()));
                    }
                }
            }
            copies.add(folder.resolve(original.getFileName()));
            texts.add(Files.readString(original));
        }
        long start = System.nanoTime();
        int valid = 0;
        int refused = 0;
        for (int i = 0; i < MUTANTS; i++) {
            // Mutant i depends on the seed and i alone, whatever ran before it: a failure reproduces by its number.
            int f = i % files.size();
            List<String> edits = new ArrayList<>();
            String mutant = mutate(texts.get(f), new SplittableRandom(SEED + i), edits);
            Path copy = copies.get(f);
            Files.write(copy, bytes(mutant));
            String what = files.get(f) + ", mutant " + i + " " + edits;
            // Every tenth mutant goes through the command (with a sweep file's sweep check and the terminal filter);
            // the others through the reader it calls, which is where the time goes.
            boolean ok = i % CLI_EVERY == 0 ? validate(copy, what) : read(copy, what);
            if (ok) {
                valid++;
            } else {
                refused++;
            }
            Files.writeString(copy, texts.get(f), StandardCharsets.UTF_8); // the variants of a parent read it
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(java.util.Locale.ROOT, "ValidateFuzzTest: %d mutants of %d files in %.1f s: %d valid, %d"
                + " refused with a location%n", valid + refused, files.size(), seconds, valid, refused);
        assertTrue(refused > (valid + refused) / 4 && valid > 0, "the edits should break many files but not all: "
                + refused + " refused, " + valid + " valid");
    }

    /** {@code labourcast validate}: exit 0 with "ok:", or exit 2 with one located line. Returns whether valid. */
    private static boolean validate(Path file, String what) {
        Result r = LabourcastCliTest.run("validate", file.toString());
        if (r.code() == 0) {
            assertTrue(r.out().startsWith("ok: "), what + "\n" + r.out());
            return true;
        }
        assertEquals(2, r.code(), what + ":\n" + r.err());
        Matcher m = LOCATED.matcher(r.err().lines().findFirst().orElse(""));
        if (!m.matches() || Integer.parseInt(m.group(2)) < 1 || Integer.parseInt(m.group(3)) < 1) {
            fail("an error without its place in the file: " + what + ":\n" + r.err());
        }
        assertTrue(r.err().strip().lines().count() == 1 && !r.err().contains("\tat "), what + ":\n" + r.err());
        return false;
    }

    /** The scenario reader: a spec, or an {@link InputException} with a line and column. Returns whether valid. */
    private static boolean read(Path file, String what) {
        try {
            new ScenarioReader().read(file);
            return true;
        } catch (InputException e) {
            if (e.location() == null || e.location().line() < 1 || e.location().column() < 1) {
                fail("an error without its place in the file: " + what + ":\n" + e.getMessage());
            }
            return false;
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError(what + " threw " + e, e);
        }
    }

    /**
     * UTF-8, with a lone surrogate (inserted, or left by cutting a pair) written as the invalid byte 0xFF: a file
     * that is not UTF-8 at that point.
     */
    static byte[] bytes(String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                i++;
            } else if (Character.isSurrogate(c)) {
                out.writeBytes(text.substring(from, i).getBytes(StandardCharsets.UTF_8));
                out.write(0xFF);
                from = i + 1;
            }
        }
        out.writeBytes(text.substring(from).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** One to three line-level edits, described in {@code edits}. */
    static String mutate(String text, SplittableRandom r, List<String> edits) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int count = 1 + r.nextInt(3);
        for (int e = 0; e < count && !lines.isEmpty(); e++) {
            int at = r.nextInt(lines.size());
            switch (r.nextInt(7)) {
                case 0 -> {
                    lines.remove(at);
                    edits.add("delete line " + (at + 1));
                }
                case 1 -> {
                    lines.add(at, lines.get(at));
                    edits.add("duplicate line " + (at + 1));
                }
                case 2 -> {
                    int other = r.nextInt(lines.size());
                    String a = lines.get(at);
                    lines.set(at, lines.get(other));
                    lines.set(other, a);
                    edits.add("swap lines " + (at + 1) + " and " + (other + 1));
                }
                case 3 -> {
                    // A number on a line with numbers becomes an extreme value, NaN or text.
                    int line = lineWith(lines, NUMBER, at);
                    Matcher m = NUMBER.matcher(lines.get(line));
                    List<int[]> spans = new ArrayList<>();
                    while (m.find()) {
                        spans.add(new int[] {m.start(), m.end()});
                    }
                    if (!spans.isEmpty()) {
                        int[] s = spans.get(r.nextInt(spans.size()));
                        String to = EXTREMES[r.nextInt(EXTREMES.length)];
                        String l = lines.get(line);
                        lines.set(line, l.substring(0, s[0]) + to + l.substring(s[1]));
                        edits.add("line " + (line + 1) + ": " + l.substring(s[0], s[1]) + " -> " + to);
                    }
                }
                case 4 -> {
                    // Two keys trade places, each keeping its line's indentation and value.
                    int a = lineWith(lines, KEY, at);
                    int b = lineWith(lines, KEY, r.nextInt(lines.size()));
                    Matcher ma = KEY.matcher(lines.get(a));
                    Matcher mb = KEY.matcher(lines.get(b));
                    if (ma.matches() && mb.matches()) {
                        lines.set(a, ma.group(1) + mb.group(2) + ":" + ma.group(3));
                        lines.set(b, mb.group(1) + ma.group(2) + ":" + mb.group(3));
                        edits.add("swap keys " + ma.group(2) + " (line " + (a + 1) + ") and " + mb.group(2)
                                + " (line " + (b + 1) + ")");
                    }
                }
                case 5 -> {
                    String l = lines.get(at);
                    int pos = l.isEmpty() ? 0 : r.nextInt(l.length() + 1);
                    String insert = INSERTS[r.nextInt(INSERTS.length)];
                    lines.set(at, l.substring(0, pos) + insert + l.substring(pos));
                    edits.add("line " + (at + 1) + " col " + (pos + 1) + ": insert U+"
                            + String.format("%04X", (int) insert.charAt(0)));
                }
                default -> {
                    String joined = String.join("\n", lines);
                    int cut = r.nextInt(joined.length() + 1);
                    lines = new ArrayList<>(List.of(joined.substring(0, cut).split("\n", -1)));
                    edits.add("truncate at character " + cut);
                }
            }
        }
        return String.join("\n", lines);
    }

    /** The first line from {@code from} on (wrapping) that {@code p} finds something in, else {@code from}. */
    private static int lineWith(List<String> lines, Pattern p, int from) {
        for (int k = 0; k < lines.size(); k++) {
            int i = (from + k) % lines.size();
            if (p.matcher(lines.get(i)).find()) {
                return i;
            }
        }
        return from;
    }
}
