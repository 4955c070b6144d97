package org.labourcast.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvTest {

    @ParameterizedTest(name = "{0} -> \"{1}\"")
    @CsvSource(delimiter = '|', emptyValue = "", textBlock = """
            0.53                 | 0.53
            3160168.0            | 3160168
            -3160168.0           | -3160168
            0.0                  | 0
            -0.0                 | 0
            1e-7                 | 0.0000001
            0.1                  | 0.1
            2.9999999999999996   | 3
            1234.5               | 1234.5
            0.123456789012345    | 0.123456789012
            999999999999999.0    | 999999999999999
            1e15                 | 1000000000000000
            123456789012345.6    | 123456789012346
            1e20                 | 100000000000000000000
            """)
    void numberTable(double in, String expected) {
        assertEquals(expected, Csv.number(in));
    }

    @Test
    void oneThirdHasTwelveSignificantDigits() {
        assertEquals("0.333333333333", Csv.number(1.0 / 3.0));
        assertEquals("0.666666666667", Csv.number(2.0 / 3.0)); // rounded, not truncated
    }

    @Test
    void nanIsAnEmptyCellAndInfinityIsABug() {
        assertEquals("", Csv.number(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Csv.number(Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> Csv.number(Double.NEGATIVE_INFINITY));
    }

    @Test
    void numbersIgnoreTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("0.53", Csv.number(0.53));
            assertEquals("1234.5", Csv.number(1234.5));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void rfc4180Quoting() {
        assertEquals("plain", Csv.field("plain"));
        assertEquals("with space", Csv.field("with space"));
        assertEquals("\"a,b\"", Csv.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.field("say \"hi\""));
        assertEquals("\"\"\"\"", Csv.field("\""));
    }

    @Test
    void lineBreaksAreQuoted() {
        assertEquals("\"a\nb\"", Csv.field("a\nb"));
        assertEquals("\"a\r\nb\"", Csv.field("a\r\nb"));
        assertEquals("", Csv.field(""));
        assertEquals("", Csv.field(null));
    }

    @Test
    void rowFormatsEachCellByType() {
        assertEquals("leshan,\"a,b\",2025,0.53,0.5,,12.50\n",
                Csv.row("leshan", "a,b", 2025, 0.53, 0.5f, null, new BigDecimal("12.50")));
        assertEquals("\n", Csv.row());
    }

    @Test
    void indicatorCsvHasHeaderAndRowsInGivenOrder() {
        String csv = IndicatorCsv.render(List.of(
                new IndicatorRow("base", "labour_force", 2025, "value", 3160168.0),
                new IndicatorRow("base", "urbanization_rate", 2024, "p05", 0.53),
                new IndicatorRow("base, high", "urbanization_rate", 2024, "mean", Double.NaN)));
        assertEquals("""
                scenario,indicator,year,stat,value
                base,labour_force,2025,value,3160168
                base,urbanization_rate,2024,p05,0.53
                "base, high",urbanization_rate,2024,mean,
                """, csv);
        assertEquals("scenario,indicator,year,stat,value\n", IndicatorCsv.render(List.of()));
    }

    @Test
    void indicatorRowRejectsMissingNames() {
        assertThrows(IllegalArgumentException.class, () -> new IndicatorRow(null, "x", 2025, "value", 1));
        assertThrows(IllegalArgumentException.class, () -> new IndicatorRow("s", " ", 2025, "value", 1));
        assertThrows(IllegalArgumentException.class, () -> new IndicatorRow("s", "x", 2025, "", 1));
        assertThrows(IllegalArgumentException.class,
                () -> new IndicatorRow("s", "x", 2025, "value", Double.POSITIVE_INFINITY));
    }
}
