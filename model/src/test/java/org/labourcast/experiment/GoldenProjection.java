package org.labourcast.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.labourcast.indicators.IndicatorCatalog;
import org.labourcast.indicators.IndicatorRow;
import org.labourcast.scenario.ShippedScenarios;
import org.labourcast.scenario.yaml.ScenarioReader;

/**
 * The golden multi-year output of {@link GoldenProjectionTest}: the deterministic cohort-component projection of the
 * shipped Leshan baseline, every demographic indicator in every year. Regenerate after an intended change with
 *
 * <pre>  mvn -B -o -q -pl model test-compile
 *  java -cp "model/target/test-classes:model/target/classes:$(cat cp.txt)" \
 *      org.labourcast.experiment.GoldenProjection "$(git rev-parse --short HEAD)"</pre>
 *
 * from the repository root (cp.txt from {@code mvn -pl model dependency:build-classpath -Dmdep.outputFile=cp.txt}),
 * and say in the commit why the numbers moved.
 */
public final class GoldenProjection {
    /** Relative path of the golden file under the model module. */
    static final String FILE = "src/test/resources/golden/leshan-baseline-projection.csv";
    static final double ABSOLUTE = 1e-6;
    static final double RELATIVE = 1e-9;
    /**
     * Urban/rural split and transfer indicators are left out: they depend on the transfer rule, which changes on its
     * own schedule; the golden file pins the demographic core (counts, vital events, age structure).
     */
    static final Set<String> LEFT_OUT = Set.of(IndicatorCatalog.POPULATION_URBAN, IndicatorCatalog.POPULATION_RURAL,
            IndicatorCatalog.URBANIZATION_RATE, IndicatorCatalog.RURAL_URBAN_MOVERS,
            IndicatorCatalog.MOVE_INTENSITY);

    private GoldenProjection() {
    }

    static Path scenario() {
        return ShippedScenarios.leshanBaseline();
    }

    /** The rows the golden file holds, in the projection's order. */
    static List<IndicatorRow> rows() {
        return ProjectionRun.of(new ScenarioReader().read(scenario()).spec()).indicators().stream()
                .filter(r -> !LEFT_OUT.contains(r.indicator())).toList();
    }

    static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void main(String[] args) throws IOException {
        String commit = args.length > 0 ? args[0] : "unknown";
        StringBuilder sb = new StringBuilder();
        sb.append("# Golden output: deterministic cohort-component projection (ProjectionRun.of) of scenarios/leshan/")
                .append("baseline.yaml,\n# every indicator except the urban/rural split and transfers, each year.\n");
        sb.append("# scenario SHA-256 when made: ").append(sha256(scenario())).append('\n');
        sb.append("# made by org.labourcast.experiment.GoldenProjection (model test sources) at commit ").append(commit)
                .append(", Java ").append(System.getProperty("java.version")).append('\n');
        sb.append("# tolerance: |value - golden| <= ").append(ABSOLUTE).append(" + ").append(RELATIVE)
                .append(" * |golden| (GoldenProjectionTest)\n");
        sb.append("indicator,year,value\n");
        for (IndicatorRow r : rows()) {
            sb.append(r.indicator()).append(',').append(r.year()).append(',').append(r.value()).append('\n');
        }
        Path out = ShippedScenarios.root().getParent().resolve("model").resolve(FILE);
        Files.writeString(out, sb.toString(), StandardCharsets.UTF_8);
        System.out.println("wrote " + out);
    }
}
