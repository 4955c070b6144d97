package org.labourcast.targets;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.labourcast.indicators.IndicatorCatalog;
import org.labourcast.indicators.LabourIndicators;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.scenario.UrbanizationPath;

/**
 * A scenario input that fixes an indicator's value over a span of years, so a target on that indicator in those
 * years is classified {@link TargetBasis#INPUT}.
 *
 * @param indicator the fixed indicator
 * @param from      first year fixed
 * @param to        last year fixed (inclusive)
 * @param input     the scenario field that fixes it, as a path ({@code rural_urban_move.urbanization_path})
 */
public record InputPin(String indicator, int from, int to, String input) {
    public InputPin {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(input, "input");
        if (to < from) {
            throw new IllegalArgumentException("pin of " + indicator + " ends (" + to + ") before it starts (" + from
                    + ")");
        }
    }

    /** The field path of the help zero-employment households get. */
    public static final String ZERO_EMPLOYMENT_HELP = "labour.households.zero_employment_help";

    /** The field path of an imposed urbanization path. */
    public static final String URBANIZATION_PATH = "rural_urban_move.urbanization_path";
    /** The schooling block: its base-year level and enrolment rates set the schooling path. */
    public static final String EDUCATION = "labour.education";
    /**
     * The indicators the schooling block fixes: levels are assigned in the base year from the block's average (a
     * provincial or national figure where the region's is unpublished) and change only by cohort replacement at the
     * block's enrolment rates, none of it drawn per run, so the path restates the inputs.
     */
    public static final List<String> SCHOOLING = List.of(LabourIndicators.MEAN_YEARS_SCHOOLING_16_59,
            LabourIndicators.MEAN_YEARS_SCHOOLING_15_PLUS, LabourIndicators.HIGHER_EDUCATION_SHARE_16_59);

    /**
     * The pins a scenario's inputs set. An imposed urbanization path solves the rural-urban moves each year so
     * the resident urbanization rate follows it exactly up to its last point; after that the transfer intensity is
     * held and the rate moves with the projection, so later years are not pinned. A schooling block fixes the
     * schooling indicators in every year ({@link #SCHOOLING}). The supported start-ups and the interns are the levers'
     * own quantities in every projected year.
     */
    public static List<InputPin> of(ScenarioSpec spec) {
        List<InputPin> pins = new ArrayList<>();
        if (spec.ruralUrbanMove() != null && spec.ruralUrbanMove().path() != null) {
            UrbanizationPath path = spec.ruralUrbanMove().path();
            int last = Math.min(path.lastYear(), spec.horizon());
            if (last > spec.baseYear()) {
                pins.add(new InputPin(IndicatorCatalog.URBANIZATION_RATE, spec.baseYear() + 1, last,
                        URBANIZATION_PATH));
            }
        }
        if (spec.labour() != null && spec.labour().education() != null) {
            for (String indicator : SCHOOLING) {
                pins.add(new InputPin(indicator, spec.baseYear(), spec.horizon(), EDUCATION));
            }
        }
        // The levers' own quantities: supported start-ups and interns are what the levers say (0 without one), in
        // every projected year, so a plan row that counts them is restated, not projected.
        if (spec.labourModel().isPresent() && spec.horizon() > spec.baseYear()) {
            pins.add(new InputPin(LabourIndicators.SUPPORTED_STARTUPS, spec.baseYear() + 1, spec.horizon(),
                    SUPPORTED_STARTUPS));
            pins.add(new InputPin(LabourIndicators.INTERNS, spec.baseYear() + 1, spec.horizon(), INTERNS));
        }
        // Full help (零就业家庭动态清零) places one member of every zero-employment household found, so the stock
        // after help is nil every projected year by the rule, not by the projection.
        if (spec.labour() != null && spec.labour().households() != null
                && spec.labour().households().zeroEmploymentHelp() >= 1 && spec.horizon() > spec.baseYear()) {
            pins.add(new InputPin(LabourIndicators.ZERO_EMPLOYMENT_HOUSEHOLDS,
                    spec.baseYear() + 1, spec.horizon(), ZERO_EMPLOYMENT_HELP));
        }
        return List.copyOf(pins);
    }

    /** The lever field that sets {@code supported_startups}. */
    public static final String SUPPORTED_STARTUPS = "levers: entrepreneurship_support.startups";
    /** The lever field that sets {@code interns}. */
    public static final String INTERNS = "levers: graduate_internships.participants";

    /** Whether this pin fixes {@code indicator} in {@code year}. */
    public boolean fixes(String indicator, int year) {
        return this.indicator.equals(indicator) && year >= from && year <= to;
    }
}
