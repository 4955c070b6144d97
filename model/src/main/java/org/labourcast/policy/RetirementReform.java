package org.labourcast.policy;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.labourcast.InputException;
import org.labourcast.scenario.labour.LabourAssumptions.RetirementAssumption;
import org.labourcast.yaml.Fields;
import org.labourcast.yaml.YamlNode;

/**
 * {@code retirement_reform}: the statutory retirement-age reform, switched on at a given month or off. Not a yearly
 * effect: it replaces {@code labour.retirement.reform} for the whole run ({@link Levers#retirementOverride()}); the
 * reform's own 15-year schedule is the engine's ({@code RetirementAgeSchedule}). It takes no {@code from}, {@code to}
 * or {@code phase_in_years}; a scenario has at most one.
 *
 * @param start the month the reform starts (the 2024 decision: 2025-01), or empty for no reform
 */
public record RetirementReform(LeverInfo info, Optional<YearMonth> start) implements Lever {
    public static final String TYPE = "retirement_reform";
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final String NONE = "none";

    public RetirementReform {
        Checks.info(info, TYPE);
        if (start == null) {
            throw new IllegalArgumentException("start must be given or empty (no reform)");
        }
    }

    /** Adds nothing: the override acts through {@link #applyTo}. */
    @Override
    public void contribute(int year, PolicyEffects.Builder effects) {
        // the reform changes retirement ages, not a yearly effect
    }

    /** The scenario's retirement assumption with this lever's reform start (or none). */
    public RetirementAssumption applyTo(RetirementAssumption scenario) {
        return new RetirementAssumption(start.orElse(null), scenario.femaleCadreShare(),
                scenario.source() + " | " + TYPE + " lever: " + info.source());
    }

    static RetirementReform parse(LeverFields p) {
        Fields f = p.fields();
        for (String key : List.of("from", "to", "phase_in_years")) {
            if (f.mapping().containsKey(key)) {
                throw new InputException(f.mapping().keyLocation(key), f.path() + "." + key,
                        "a retirement_reform lever has no '" + key + "'",
                        "write start: YYYY-MM for the month the reform starts, or start: none");
            }
        }
        YamlNode node = f.node("start");
        String text = Fields.toText(node);
        Optional<YearMonth> start;
        if (text.equals(NONE)) {
            start = Optional.empty();
        } else {
            Matcher m = YEAR_MONTH.matcher(text);
            int month = m.matches() ? Integer.parseInt(m.group(2)) : 0;
            if (month < 1 || month > 12) {
                String hint = Fields.closestName(text, List.of(NONE)) != null ? "did you mean 'none'?"
                        : "write start: 2025-01 (YYYY-MM), or start: none for no reform";
                throw new InputException(node.location(), node.path(), "expected a month like 2025-01 or 'none', got '"
                        + text + "'", hint);
            }
            YearMonth month0 = YearMonth.of(Integer.parseInt(m.group(1)), month);
            YearMonth earliest = YearMonth.of(p.context().baseYear(), 1);
            YearMonth latest = YearMonth.of(p.context().horizon(), 12);
            if (month0.isBefore(earliest) || month0.isAfter(latest)) {
                throw new InputException(node.location(), node.path(), "the reform start " + text + " must fall between "
                        + earliest + " (January of the base year) and " + latest + " (the horizon)",
                        "the 2024 statutory reform starts 2025-01; write start: none for no reform");
            }
            start = Optional.of(month0);
        }
        LeverInfo info = p.info();
        return p.build(() -> new RetirementReform(info, start));
    }
}
