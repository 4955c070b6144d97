package org.labourcast.calibration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoublePredicate;
import org.labourcast.Csv;
import org.labourcast.scenario.yaml.ScenarioReader;
import org.labourcast.yaml.DistributionNodes;
import org.labourcast.yaml.FieldOverride;

/**
 * The calibrated scenario: a variant ({@code extends:}) of the calibrated scenario that sets only the fitted values,
 * so that {@code labourcast run} accepts it and everything else stays the parent's (docs/scenario-format.md,
 * "Variants").
 *
 * <p>A fitted value with a standard error is written as a distribution with {@code basis: calibrated}: its central
 * value is the fitted value, its sd the standard error, its family the one the field's range takes
 * ({@link CalibratedDistribution}), so each Monte Carlo replicate of a run draws it (docs/uncertainty.md). A value
 * without a usable standard error is written plainly, in the form the parent wrote it ({@code x} or
 * {@code {value: x, source: …}}), and the note says why. Where the parent's field is a mapping the variant merges
 * into, keys the written value must not inherit (a parent normal's {@code within}, say) are removed with {@code ~}.
 *
 * <p>The calibration's note goes to the {@code source} the value answers to: the field's own ({@code {value,
 * source}} or a distribution's {@code source}), or else the nearest enclosing block's (for example the
 * {@code source} of a per-sector mapping), which then names the calibrated fields and keeps the parent's text for
 * the rest. A {@code source} is never added where the parent had none, since not every field accepts one. Values are
 * written with 12 significant digits, exactly as they were simulated during the calibration. Thread-safe; it reads
 * the calibrated scenario to find each field's range.
 */
public final class CalibratedVariant {
    private static final int LINE_WIDTH = 110;

    private CalibratedVariant() {
    }

    /**
     * The variant's YAML text.
     *
     * @param r               the calibration result
     * @param extendsPath     the parent scenario's path relative to the folder the variant is written to
     * @param calibrationName the calibration file as the user named it (for the notes)
     */
    public static String yaml(CalibrationResult r, String extendsPath, String calibrationName) {
        CalibrationProblem p = r.problem();
        String name = calibrationName.replace('\\', '/');
        StringBuilder sb = new StringBuilder();
        sb.append("# Calibrated variant of scenario ").append(p.scenario().id()).append(", written by labourcast calibrate ")
                .append(name).append(".\n");
        sb.append("# Only the fitted values are set here; everything else is the parent's. A value with a standard error\n");
        sb.append("# is drawn from it in each replicate of a run (basis: calibrated). Data, residuals and standard errors:\n");
        sb.append("# calibration.csv and fit_statistics.csv beside this file (docs/calibration.md).\n");
        sb.append("extends: ").append(quoted(extendsPath)).append('\n');
        sb.append("id: ").append(p.id()).append('\n');
        sb.append("title:\n");
        sb.append("  en: ").append(quoted(p.title().en())).append('\n');
        sb.append("  zh: ").append(quoted(p.title().zh())).append('\n');
        String description = "Calibrated variant of " + p.scenario().id() + " (labourcast calibrate " + name + "). "
                + (p.description().isBlank() ? "" : p.description().strip() + " ") + summary(r);
        sb.append("description:").append(folded(description, 2));

        List<CalibratedDistribution> written = distributions(r);
        Map<String, Object> tree = new LinkedHashMap<>();
        Map<String, List<Integer>> notes = new LinkedHashMap<>();
        for (int j = 0; j < p.parameters().size(); j++) {
            FreeParameter f = p.parameters().get(j);
            String value = Csv.number(r.fitted().parameter(j));
            CalibratedDistribution c = written.get(j);
            boolean ownSource = f.sourcePath().equals(f.path());
            if (c.distribution() != null) {
                Map<String, Object> node = new LinkedHashMap<>(c.keys());
                node.put("basis", "calibrated");
                // In the field's place, as a scenario writes a distribution. A {value: x} mapping without a source of
                // its own, or with keys a distribution does not take, keeps its mapping (migration.total's reader
                // needs it) and gets the distribution at value.
                boolean inPlace = f.overridePath().equals(f.path())
                        || ownSource && DistributionNodes.KEYS.containsAll(f.fieldKeys());
                if (inPlace) {
                    removeInherited(node, f.fieldKeys(), ownSource);
                    put(tree, f.path(), node);
                } else {
                    put(tree, f.overridePath(), node);
                }
            } else if (ownSource && DistributionNodes.isDistribution(f.fieldKeys())) {
                // A parent distribution with a source becomes a cited plain number: {value: x, source: note}.
                Map<String, Object> node = new LinkedHashMap<>();
                node.put("value", value);
                removeInherited(node, f.fieldKeys(), true);
                put(tree, f.path(), node);
            } else {
                put(tree, f.overridePath(), value);
            }
            if (!f.sourcePath().isEmpty()) {
                notes.computeIfAbsent(f.sourcePath(), k -> new ArrayList<>()).add(j);
            }
        }
        for (Map.Entry<String, List<Integer>> note : notes.entrySet()) {
            put(tree, note.getKey() + ".source", new Folded(note(r, written, note.getValue(), name)));
        }
        emit(sb, tree, 0);
        return sb.toString();
    }

    /**
     * How each fitted value is written. The field's range is probed by reading the calibrated scenario with the other
     * parameters at their fitted values and this one at the ends of each candidate support.
     */
    private static List<CalibratedDistribution> distributions(CalibrationResult r) {
        CalibrationProblem p = r.problem();
        double[] se = r.errors().standardErrors();
        double[] fitted = new double[p.parameters().size()];
        for (int j = 0; j < fitted.length; j++) {
            fitted[j] = Double.parseDouble(Csv.number(r.fitted().parameter(j)));
        }
        ScenarioReader reader = new ScenarioReader();
        ScenarioReader.Resolved[] resolved = new ScenarioReader.Resolved[1]; // read only if some value is probed
        List<CalibratedDistribution> out = new ArrayList<>();
        for (int j = 0; j < fitted.length; j++) {
            int index = j;
            Map<Double, Boolean> seen = new HashMap<>();
            DoublePredicate accepts = v -> seen.computeIfAbsent(v, x -> {
                if (resolved[0] == null) {
                    resolved[0] = reader.resolve(p.scenarioFile());
                }
                double[] at = fitted.clone();
                at[index] = x;
                List<FieldOverride> overrides = new ArrayList<>();
                for (int i = 0; i < at.length; i++) {
                    overrides.add(new FieldOverride(p.parameters().get(i).overridePath(),
                            i == index ? Double.toString(x) : Csv.number(at[i])));
                }
                return reader.acceptsCentral(resolved[0], overrides);
            });
            out.add(CalibratedDistribution.of(p.parameters().get(j), fitted[j], se[j], r.errors().identified(),
                    r.atBound(j), accepts));
        }
        return out;
    }

    /**
     * Removes ({@code ~}) the keys of the parent's distribution that {@code node} would otherwise inherit when merged
     * over it (docs/uncertainty.md: the same form merges field by field); another form replaces the parent whole.
     */
    private static void removeInherited(Map<String, Object> node, List<String> parentKeys, boolean withSource) {
        List<String> childKeys = new ArrayList<>(node.keySet());
        if (withSource) {
            childKeys.add("source");
        }
        if (parentKeys.isEmpty() || DistributionNodes.replaces(parentKeys, childKeys)) {
            return;
        }
        for (String k : parentKeys) {
            if (!childKeys.contains(k) && DistributionNodes.KEYS.contains(k) && !k.equals("value")
                    && !k.equals("source")) {
                node.put(k, null);
            }
        }
    }

    /** The fitted fields of one source, how each is written, the data and the objective, then the parent's source. */
    private static String note(CalibrationResult r, List<CalibratedDistribution> written, List<Integer> fields,
                               String calibrationName) {
        CalibrationProblem p = r.problem();
        List<String> values = new ArrayList<>();
        for (int j : fields) {
            FreeParameter f = p.parameters().get(j);
            values.add(f.fieldName() + " = " + CalibrationTables.significant(r.fitted().parameter(j), 4)
                    + " (" + written.get(j).note() + "; start " + CalibrationTables.significant(f.start(), 4) + ")");
        }
        String previous = p.parameters().get(fields.get(0)).previousSource();
        return String.join(", ", values) + ": calibrated by labourcast calibrate " + calibrationName + " on "
                + data(p) + "; " + objective(r) + "."
                + (previous.isBlank() ? "" : " Before calibration: " + previous.strip());
    }

    /**
     * What was fitted to, briefly: targets with the same statistic, years and kind of data grouped, e.g.
     * "sector_share_primary, sector_share_secondary yearly change 2020-2025 (history 2015-2020)".
     */
    static String data(CalibrationProblem p) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (CalibrationTarget t : p.targets()) {
            String data = t.data();
            int colon = data.indexOf(':');
            String kind = colon > 0 ? data.substring(0, colon) : data;
            String what = (t.statistic() == Statistic.LEVEL ? "" : "yearly change ") + t.years() + " (" + kind + ")";
            groups.computeIfAbsent(what, k -> new ArrayList<>()).add(t.indicator());
        }
        List<String> parts = new ArrayList<>();
        groups.forEach((what, indicators) -> parts.add(String.join(", ", indicators) + " " + what));
        return String.join("; ", parts);
    }

    /** The objective, its value at the start and at the fit, and the effort. */
    static String objective(CalibrationResult r) {
        CalibrationSettings s = r.problem().settings();
        String how = s.optimiser().label() + (r.problem().agentModel() ? "; " + s.runs() + " runs at scale "
                + s.scale() + ", seed " + s.seed() + ", common random numbers" : "; cohort-component model");
        return "objective sum of weight x ((simulated - observed) / tolerance)^2 = "
                + CalibrationTables.significant(r.fitted().objective(), 4) + " (start "
                + CalibrationTables.significant(r.start().objective(), 4) + "), " + r.targetsWithinTolerance() + " of "
                + r.problem().targets().size() + " targets within tolerance, " + r.optimisationEvaluations()
                + " evaluations (" + how + ")";
    }

    private static String summary(CalibrationResult r) {
        List<String> values = new ArrayList<>();
        CalibrationProblem p = r.problem();
        for (int j = 0; j < p.parameters().size(); j++) {
            values.add(p.parameters().get(j).path() + " = " + CalibrationTables.significant(r.fitted().parameter(j), 4));
        }
        return "Fitted: " + String.join(", ", values) + "; to " + data(p) + "; " + objective(r) + ".";
    }

    /** A text to be written as a folded block scalar. */
    private record Folded(String text) {
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> tree, String path, Object value) {
        String[] keys = path.split("\\.");
        Map<String, Object> m = tree;
        for (int i = 0; i < keys.length - 1; i++) {
            m = (Map<String, Object>) m.computeIfAbsent(keys[i], k -> new LinkedHashMap<String, Object>());
        }
        m.put(keys[keys.length - 1], value);
    }

    @SuppressWarnings("unchecked")
    private static void emit(StringBuilder sb, Map<String, Object> m, int indent) {
        String pad = " ".repeat(indent);
        for (Map.Entry<String, Object> e : m.entrySet()) {
            sb.append(pad).append(e.getKey()).append(':');
            if (e.getValue() instanceof Map<?, ?> child) {
                sb.append('\n');
                emit(sb, (Map<String, Object>) child, indent + 2);
            } else if (e.getValue() instanceof Folded f) {
                sb.append(folded(f.text(), indent + 2));
            } else {
                sb.append(' ').append(e.getValue() == null ? "~" : e.getValue()).append('\n');
            }
        }
    }

    /** {@code " >-\n"} and the text wrapped at spaces, each line indented; a YAML folded scalar reads it back. */
    static String folded(String text, int indent) {
        String clean = text.replaceAll("\\s+", " ").strip();
        if (clean.isEmpty()) {
            return " \"\"\n";
        }
        String pad = " ".repeat(indent);
        StringBuilder sb = new StringBuilder(" >-\n");
        StringBuilder line = new StringBuilder();
        for (String word : clean.split(" ")) {
            if (line.length() > 0 && indent + line.length() + 1 + word.length() > LINE_WIDTH) {
                sb.append(pad).append(line).append('\n');
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        sb.append(pad).append(line).append('\n');
        return sb.toString();
    }

    /** A YAML double-quoted scalar. */
    static String quoted(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
