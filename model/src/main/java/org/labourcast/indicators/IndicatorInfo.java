package org.labourcast.indicators;

import java.util.Objects;

/**
 * What an indicator is: its unit and its definition in English and Chinese, as the statistics the plans quote define
 * it (docs: README "Indicators", docs/labour-model.md). Display names for charts live with the charts' messages.
 *
 * @param name         the indicator's code, as in {@code indicators.csv}
 * @param unit         persons, persons per year, a share 0–1 or a rate per year
 * @param flow         true for a flow over the calendar year, which has no base-year value
 * @param labour       true for an indicator of the labour model (scenarios with a {@code labour:} section)
 * @param definitionEn the definition in English
 * @param definitionZh the definition in Chinese
 */
public record IndicatorInfo(String name, Unit unit, boolean flow, boolean labour, String definitionEn,
                            String definitionZh) {

    public IndicatorInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        if (definitionEn == null || definitionEn.isBlank() || definitionZh == null || definitionZh.isBlank()) {
            throw new IllegalArgumentException("indicator " + name + " needs a definition in English and Chinese");
        }
    }

    /** The unit of an indicator's values, with its English and Chinese label. */
    public enum Unit {
        PERSONS("persons", "人"),
        PERSONS_PER_YEAR("persons per year", "人/年"),
        SHARE("share 0-1", "比例（0—1）"),
        RATE_PER_YEAR("rate per year 0-1", "年率（0—1）"),
        YUAN_PER_YEAR("yuan per year", "元/年"),
        YEARS("years", "年"),
        HOUSEHOLDS("households", "户"),
        HOUSEHOLDS_PER_YEAR("households per year", "户/年"),
        PERSONS_PER_HOUSEHOLD("persons per household", "人/户");

        private final String en;
        private final String zh;

        Unit(String en, String zh) {
            this.en = en;
            this.zh = zh;
        }

        public String en() {
            return en;
        }

        public String zh() {
            return zh;
        }
    }

    /** The definition in Chinese when {@code chinese}, else in English. */
    public String definition(boolean chinese) {
        return chinese ? definitionZh : definitionEn;
    }
}
