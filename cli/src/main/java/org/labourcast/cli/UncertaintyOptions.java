package org.labourcast.cli;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.labourcast.InputException;
import org.labourcast.scenario.RunSettings;
import org.labourcast.uncertainty.UncertaintySource;
import org.labourcast.yaml.Fields;
import picocli.CommandLine.Option;

/**
 * The uncertainty flags shared by {@code run} and {@code compare} (docs/uncertainty.md): every source is drawn by
 * default; {@code --no-uncertainty} gives the sampling-only Monte Carlo of earlier versions; {@code --uncertainty}
 * names the sources to draw.
 */
final class UncertaintyOptions {
    @Option(names = "--no-uncertainty", description = {"draw only the agents' own chance events (the sampling-only"
            + " Monte Carlo of earlier versions); scenario numbers are held at their central values",
            "仅保留智能体抽样误差，不抽取其他不确定性"})
    boolean none;

    @Option(names = "--uncertainty", split = ",", paramLabel = "SOURCE",
            description = {"draw only these sources, comma-separated, of fertility, mortality, migration,"
                + " urbanization, parameter, economic, policy, base_year (sampling is always drawn; default: all)"})
    List<String> sources;

    /** The settings with the sources chosen. */
    RunSettings apply(RunSettings s) {
        if (none && sources != null) {
            throw new InputException(null, "--uncertainty", "--no-uncertainty and --uncertainty cannot be combined",
                    "give one of them");
        }
        if (none) {
            return s.withUncertainty(Set.of());
        }
        if (sources == null) {
            return s.withUncertainty(RunSettings.allSources());
        }
        Set<UncertaintySource> chosen = EnumSet.noneOf(UncertaintySource.class);
        List<String> ids = new ArrayList<>();
        for (UncertaintySource u : UncertaintySource.values()) {
            ids.add(u.id());
        }
        for (String text : sources) {
            String t = text.strip();
            UncertaintySource match = null;
            for (UncertaintySource u : UncertaintySource.values()) {
                if (u.id().equals(t)) {
                    match = u;
                }
            }
            if (match == null) {
                String closest = Fields.closestName(t, ids);
                throw new InputException(null, "--uncertainty", "unknown uncertainty source '" + t
                        + "', expected some of " + String.join(", ", ids),
                        closest == null ? null : "did you mean '" + closest + "'?");
            }
            chosen.add(match);
        }
        return s.withUncertainty(chosen);
    }
}
