package org.labourcast.scenario.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.labourcast.InputException;
import org.labourcast.Location;
import org.labourcast.calibration.CalibrationReader;

/**
 * A scenario named from another file ({@code extends:}, a calibration's {@code scenario:}) must be a regular file, its
 * path free of NUL, and a file that is not a scenario is never quoted in an error (the project\'s reliability rules, "Scenario files";
 * docs/reliability.md). Nothing here may hang: a FIFO is refused before anything opens it.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ScenarioReferenceTest {
    private static final String OWN = "id: leshan-variant\ntitle: {en: Leshan variant, zh: 乐山变体}\n";
    /** Lines of a file that is not a scenario; none of them may appear in a message. */
    private static final List<String> SECRETS = List.of("root:x:0:0", "hunter2", "s3cr3t-token", "db_password");

    @TempDir
    Path tmp;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(tmp.resolve(name), text);
    }

    /** A variant whose first line is {@code extends: <value>} (the value written as given). */
    private Path variant(String extendsValue) throws IOException {
        return write("variant.yaml", "extends: " + extendsValue + "\n" + OWN);
    }

    /** A calibration whose second line is {@code scenario: <value>}. */
    private Path calibration(String scenarioValue) throws IOException {
        return write("calibration.yaml", "labourcast_calibration: 1\nscenario: " + scenarioValue + "\n"
                + "parameters: [{path: rural_urban_move.max_rate, bounds: [0.01, 0.3]}]\n"
                + "targets: [{indicator: urbanization_rate, statistic: level, year: 2021, value: 0.5,"
                + " tolerance: 0.01}]\n");
    }

    private static InputException readVariant(Path file) {
        return assertThrows(InputException.class, () -> new ScenarioReader().read(file));
    }

    private static InputException readCalibration(Path file) {
        return assertThrows(InputException.class, () -> new CalibrationReader().read(file));
    }

    private Path fifo() throws IOException, InterruptedException {
        Path fifo = tmp.resolve("pipe.yaml");
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available: " + e.getMessage());
            return null;
        }
        assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo failed");
        assumeTrue(Files.exists(fifo) && !Files.isRegularFile(fifo), "mkfifo made no FIFO");
        return fifo;
    }

    @Test
    void extendsToAFifoIsRefusedWhereItIsNamedWithoutOpeningIt() throws Exception {
        Path fifo = fifo();
        Path v = variant(fifo.getFileName().toString());
        InputException e = readVariant(v);
        assertEquals(new Location(v.toString(), 1, 10), e.location());
        assertEquals("extends", e.fieldPath());
        assertEquals("'" + fifo + "' is not a regular file (a FIFO, socket or device): a scenario must be a file",
                e.problem());
    }

    @Test
    void extendsToADeviceOrADirectoryIsRefused() throws IOException {
        Path dev = Path.of("/dev/zero");
        assumeTrue(Files.exists(dev), "no /dev/zero here");
        InputException device = readVariant(variant(dev.toString()));
        assertEquals(1, device.location().line());
        assertTrue(device.problem().startsWith("'/dev/zero' is not a regular file"), device.problem());

        Files.createDirectories(tmp.resolve("folder"));
        InputException folder = readVariant(variant("folder"));
        assertEquals(1, folder.location().line());
        assertEquals("'" + tmp.resolve("folder") + "' is a directory, not a scenario file", folder.problem());
    }

    @Test
    void aNulInExtendsIsALocatedError() throws IOException {
        Path v = variant("\"base\\0line.yaml\"");
        InputException e = readVariant(v);
        assertEquals(new Location(v.toString(), 1, 10), e.location());
        assertEquals("extends", e.fieldPath());
        assertEquals("the path contains a NUL character, which no file name can hold", e.problem());
        assertFalse(e.getMessage().contains("\0"), "the NUL itself is not echoed");
    }

    @Test
    void extendsToAFileThatIsNotAScenarioQuotesNothingOfIt() throws IOException {
        List<Path> strangers = List.of(
                write("passwd", "root:x:0:0:root:/root:/bin/bash\nhunter2\ns3cr3t-token\n"),
                write("secrets.yaml", "db_password: hunter2\napi_key: s3cr3t-token\n"),
                write("broken.yaml", "db_password: [hunter2\n\ts3cr3t-token: root:x:0:0\n"),
                write("list.yaml", "- db_password\n- hunter2\n- s3cr3t-token\n"));
        for (Path stranger : strangers) {
            Path v = variant(stranger.getFileName().toString());
            InputException e = readVariant(v);
            assertEquals(v.toString(), e.location().file(), "located where it is named: " + e.getMessage());
            assertEquals(1, e.location().line());
            assertEquals("'" + stranger + "' is not a labourcast scenario (it has no labourcast_scenario: field),"
                    + " so nothing of it is shown", e.problem());
            for (String secret : SECRETS) {
                assertFalse(e.getMessage().contains(secret), secret + " echoed: " + e.getMessage());
            }
        }
    }

    @Test
    void extendsToTheSystemsPasswordFileEchoesNoneOfItsLines() throws IOException {
        Path passwd = Path.of("/etc/passwd");
        assumeTrue(Files.isReadable(passwd), "no readable /etc/passwd here");
        InputException e = readVariant(variant(passwd.toString()));
        for (String line : Files.readAllLines(passwd)) {
            for (String part : line.split(":")) {
                if (part.length() > 6) { // long enough not to occur in our own message by chance
                    assertFalse(e.getMessage().contains(part), "'" + part + "' echoed: " + e.getMessage());
                }
            }
        }
        assertTrue(e.problem().endsWith("is not a labourcast scenario (it has no labourcast_scenario: field), so"
                + " nothing of it is shown"), e.problem());
    }

    @Test
    void aParentThatIsAScenarioKeepsItsDetailedErrors() throws IOException {
        Path parent = write("parent.yaml", "labourcast_scenario: 1\nid: parent\nhorizon: sixty\n");
        InputException e = readVariant(variant("parent.yaml"));
        assertEquals(parent.toString(), e.location().file(), "a scenario's mistakes are shown in it");
    }

    @Test
    void theCalibrationsScenarioMustBeARegularFileWithoutNul() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("folder"));
        InputException folder = readCalibration(calibration("folder"));
        assertEquals(new Location(tmp.resolve("calibration.yaml").toString(), 2, 11), folder.location());
        assertEquals("scenario", folder.fieldPath());
        assertEquals("'" + dir + "' is a directory, not a scenario file", folder.problem());

        InputException nul = readCalibration(calibration("\"a\\0b.yaml\""));
        assertEquals(2, nul.location().line());
        assertEquals("the path contains a NUL character, which no file name can hold", nul.problem());

        Path fifo = fifo();
        InputException pipe = readCalibration(calibration(fifo.getFileName().toString()));
        assertEquals(2, pipe.location().line());
        assertTrue(pipe.problem().endsWith("is not a regular file (a FIFO, socket or device): a scenario must be a"
                + " file"), pipe.problem());
    }

    @Test
    void theCalibrationsScenarioIsNotQuotedWhenItIsNotAScenario() throws IOException {
        write("secrets.yaml", "db_password: hunter2\napi_key: s3cr3t-token\n");
        InputException e = readCalibration(calibration("secrets.yaml"));
        assertEquals(2, e.location().line());
        assertEquals("scenario", e.fieldPath());
        for (String secret : SECRETS) {
            assertFalse(e.getMessage().contains(secret), secret + " echoed: " + e.getMessage());
        }
    }
}
