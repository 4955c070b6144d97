package org.labourcast.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.labourcast.indicators.AgeBand;
import org.labourcast.indicators.IndicatorCatalog;
import org.labourcast.indicators.LabourIndicators;

class MessagesTest {
    private final Messages en = Messages.of(Lang.EN);
    private final Messages zh = Messages.of(Lang.ZH);

    static List<String> allIndicators() {
        List<String> names = new ArrayList<>(IndicatorCatalog.names(List.of(new AgeBand(15, 59), new AgeBand(16, 59),
                new AgeBand(15, 64))));
        names.addAll(LabourIndicators.NAMES);
        return names;
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndNoEmptyText() {
        assertEquals(en.keys(), zh.keys());
        for (String k : en.keys()) {
            assertFalse(en.text(k).isBlank(), k);
            assertFalse(zh.text(k).isBlank(), k);
        }
    }

    @Test
    void everyIndicatorHasANameInBothLanguages() {
        for (String name : allIndicators()) {
            assertTrue(en.hasIndicator(name) && zh.hasIndicator(name), name);
            assertNotEquals(name.replace('_', ' '), en.indicator(name), name);
            assertTrue(zh.indicator(name).codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HAN), "Chinese name for " + name);
        }
        assertEquals("Population aged 16\u201359", en.indicator("working_age_population_16_59"));
        assertEquals("15—64岁人口占比", zh.indicator("working_age_population_15_64_share"));
    }

    @Test
    void valuesArePercentagesOrPersonsIn10000sInChinese() {
        assertEquals("60%", en.value(0.6, ValueUnit.PERCENT));
        assertEquals("5.6%", en.value(0.056, ValueUnit.PERCENT));
        assertEquals("60.0%", en.valueFixed(0.6, ValueUnit.PERCENT));
        assertEquals("400,000", en.value(400_000, ValueUnit.PERSONS));
        assertEquals("40万", zh.value(400_000, ValueUnit.PERSONS));
        assertEquals("178.4万", zh.value(1_784_000, ValueUnit.PERSONS));
        assertEquals(ValueUnit.PERSONS, ValueUnit.of("new_urban_jobs_cumulative"));
        assertEquals(ValueUnit.PERSONS_PER_YEAR, ValueUnit.of("births"));
        assertEquals(ValueUnit.PERCENT, ValueUnit.of("surveyed_unemployment_rate"));
    }

    /**
     * Households are shown in 万户 in Chinese, but the zero-employment households, which a city counts in hundreds
     * (乐山 183 in 2020), one by one: "183户", not "0.0万户"; in English both are plain counts.
     */
    @Test
    void zeroEmploymentHouseholdsAreCountedOneByOneInChinese() {
        assertEquals(ValueUnit.FEW_HOUSEHOLDS, ValueUnit.of(LabourIndicators.ZERO_EMPLOYMENT_HOUSEHOLDS));
        assertEquals(ValueUnit.FEW_HOUSEHOLDS_PER_YEAR, ValueUnit.of(LabourIndicators.ZERO_EMPLOYMENT_HOUSEHOLDS_HELPED));
        assertEquals(ValueUnit.HOUSEHOLDS, ValueUnit.of(LabourIndicators.FAMILY_HOUSEHOLDS));
        assertEquals("183户", zh.value(183, ValueUnit.FEW_HOUSEHOLDS));
        assertEquals("1,250户", zh.value(1250, ValueUnit.FEW_HOUSEHOLDS_PER_YEAR));
        assertEquals("183", en.value(183, ValueUnit.FEW_HOUSEHOLDS));
        assertEquals("118.2万户", zh.value(1_182_406, ValueUnit.HOUSEHOLDS));
        assertTrue(zh.axisLabel(LabourIndicators.ZERO_EMPLOYMENT_HOUSEHOLDS).endsWith("（户）"),
                zh.axisLabel(LabourIndicators.ZERO_EMPLOYMENT_HOUSEHOLDS));
        assertFalse(ValueUnit.FEW_HOUSEHOLDS.inWan());
    }

    @Test
    void placeholdersAreReplacedLiterally() {
        assertEquals("Median of 20 runs", en.text("fan.median", 20));
        assertEquals("乐山市：技能劳动者", zh.text("chart.title", "乐山市", "技能劳动者"));
        assertEquals("Binding target $1 \\x: y", en.text("fan.target.binding", "$1 \\x", "y"), "no regex or quote rules");
        assertThrows(IllegalArgumentException.class, () -> en.text("no.such.key"));
        assertEquals(Lang.ZH, Lang.of("zh-CN"));
        assertThrows(IllegalArgumentException.class, () -> Lang.of("fr"));
    }
}
