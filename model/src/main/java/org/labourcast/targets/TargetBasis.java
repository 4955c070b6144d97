package org.labourcast.targets;

import org.labourcast.Bilingual;

/**
 * What decides whether a plan target is met in a run (the {@code basis} column of {@code targets.csv}).
 *
 * <ul>
 *   <li>{@link #INPUT}: a scenario input fixes the indicator in the target year, so its probability restates the
 *       input, not a projection. Known pins ({@link InputPin#of}): an imposed urbanization path
 *       ({@code rural_urban_move.urbanization_path}) fixes {@code urbanization_rate} in every year up to its last
 *       point; the schooling block ({@code labour.education}) fixes the schooling indicators in every year; the
 *       levers' own quantities, {@code supported_startups} (entrepreneurship_support) and {@code interns}
 *       (graduate_internships), are fixed in every projected year, so an annual or cumulative plan row on them is
 *       {@code input}.</li>
 *   <li>{@link #BASE_YEAR}: the target already holds in the base year and nothing the model projects can undo it.
 *       Annual target: the base-year value meets it in every run and the indicator cannot move — its value in
 *       every run and every year from the base year to the target year equals the run's base-year value (within
 *       {@link org.labourcast.scenario.Operator#EQUAL_TOLERANCE}) — or the indicator's own range makes the target hold whatever is
 *       projected (a share "≥ 0" or "≤ 100%", a count of persons "≥ 0"). Cumulative target: the sum starts after
 *       the base year, so a base-year stock can never satisfy it; only a target the empty sum (0) already meets on
 *       a flow that cannot be negative (every counted flow but {@code net_migration}) is {@code base-year}.</li>
 *   <li>{@link #PROJECTED}: everything else — the model's outcome.</li>
 * </ul>
 * {@code input} is checked first, then {@code base-year}.
 */
public enum TargetBasis {
    PROJECTED("projected", "模型预测"),
    INPUT("input", "由输入决定"),
    BASE_YEAR("base-year", "基年已达成");

    private final Bilingual label;

    TargetBasis(String label, String labelZh) {
        this.label = new Bilingual(label, labelZh);
    }

    /** As written in targets.csv: {@code projected}, {@code input}, {@code base-year}. */
    public String label() {
        return label.en();
    }

    public String labelZh() {
        return label.zh();
    }

    /** The label for a language code ("zh" gives Chinese, anything else English). */
    public String label(String lang) {
        return label.in(lang);
    }

    /** The basis written as {@code label}; an empty string (a targets.csv from before the column) is projected. */
    public static TargetBasis fromLabel(String label) {
        if (label == null || label.isEmpty()) {
            return PROJECTED;
        }
        for (TargetBasis b : values()) {
            if (b.label.en().equals(label)) {
                return b;
            }
        }
        throw new IllegalArgumentException("unknown basis " + label + " (expected projected, input or base-year)");
    }
}
