package org.labourcast.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.labourcast.TimeSeries;

/**
 * Which demographic inputs of a scenario end before its horizon: after its last entry a series is held at its last
 * value ({@link TimeSeries}), so a horizon far beyond the inputs projects on constant assumptions (Leshan at a
 * 100-year horizon falls to 15,000 people by 2100 on the 2035-2040 fertility). Nothing is refused for it — the
 * horizon may be up to 100 years after the base year (docs/scenario-format.md) — but the commands that read a
 * scenario say so. Constants, projections fitted to history and the urbanization path (whose
 * {@code after_last_point} states the rule) are not reported, nor are the labour section's series: their last entry
 * is written as the value from then on (trend growth "from 2021"), a stated assumption rather than data running out.
 */
public final class InputCoverage {
    private InputCoverage() {
    }

    /** An input that ends before the horizon: its field path and the last year its entries describe. */
    public record Held(String path, int lastYear) {
    }

    /** The inputs that end before the horizon, in the order of the scenario format. */
    public static List<Held> heldInputs(ScenarioSpec s) {
        List<Held> out = new ArrayList<>();
        add(out, s, "fertility.schedules", s.fertility().asfrUrban(), s.fertility().asfrRural());
        add(out, s, "fertility.sex_ratio_at_birth", s.fertility().sexRatioAtBirth());
        add(out, s, "mortality." + ("mx".equals(s.mortality().method()) ? "mx" : "life_expectancy"),
                s.mortality().mxMale(), s.mortality().mxFemale());
        if (s.migration().projection() == null) {
            add(out, s, "migration." + ("by_age".equals(s.migration().method()) ? "by_age" : "total"),
                    s.migration().male(), s.migration().female());
        }
        if (s.ruralUrbanMove().intensity() != null) {
            add(out, s, "rural_urban_move.intensity", s.ruralUrbanMove().intensity());
        }
        return out;
    }

    /**
     * One line for the terminal when inputs end before the horizon, e.g. {@code warning: the horizon 2120 is beyond
     * the last year of fertility.schedules (2039) and mortality.mx (2039), which are held at the last value after
     * it; give entries up to 2120 or a nearer horizon}.
     */
    public static Optional<String> warning(ScenarioSpec s) {
        List<Held> held = heldInputs(s);
        if (held.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder("warning: the horizon ").append(s.horizon())
                .append(" is beyond the last year of ");
        for (int i = 0; i < held.size(); i++) {
            Held h = held.get(i);
            sb.append(i == 0 ? "" : i == held.size() - 1 ? " and " : ", ").append(h.path()).append(" (")
                    .append(h.lastYear()).append(')');
        }
        sb.append(held.size() == 1 ? ", which is" : ", which are").append(" held at the last value after it;")
                .append(" give entries up to ").append(s.horizon()).append(" or a nearer horizon");
        return Optional.of(sb.toString());
    }

    private static void add(List<Held> out, ScenarioSpec s, String path, TimeSeries... series) {
        int last = Integer.MAX_VALUE;
        for (TimeSeries t : series) {
            if (t != null) {
                last = Math.min(last, t.lastYear());
            }
        }
        if (last < s.horizon()) {
            out.add(new Held(path, last));
        }
    }
}
