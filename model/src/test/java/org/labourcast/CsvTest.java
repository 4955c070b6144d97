package org.labourcast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.labourcast.indicators.IndicatorRow;
import org.labourcast.results.IndicatorCsv;

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

    /** OWASP, "CSV Injection": text a spreadsheet would run as a formula opens as text; numbers stay numbers. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            =HYPERLINK("http://x","ok")   | '=HYPERLINK("http://x","ok")
            +cmd' /C calc'!A0             | '+cmd' /C calc'!A0
            -2+3                          | '-2+3
            @SUM(A1:A9)                   | '@SUM(A1:A9)
            'quoted                       | ''quoted
            -18650                        | -18650
            -0.5                          | -0.5
            -1.5E3                        | -1.5E3
            +7                            | +7
            plain label                   | plain label
            城镇新增就业                  | 城镇新增就业
            """)
    void textCellsThatASpreadsheetWouldRunGetAnApostrophe(String written, String cell) {
        assertEquals(cell, Csv.text(written));
        assertEquals(written, Csv.unguard(Csv.text(written)), "the readers get back what was written");
    }

    @Test
    void tabAndCarriageReturnLeadTextIsGuardedToo() {
        assertEquals("'\tx", Csv.text("\tx"));
        assertEquals("\"'\rx\"", Csv.row("\rx").strip());
    }

    @Test
    void onlyTextCellsAreGuardedNumericCellsStayNumbers() {
        assertEquals("'=1+1,-18650,-18650,-0.5,true,'-x\n", Csv.row("=1+1", -18650, -18650L, -0.5, true, "-x"));
        // A label that needs quoting gets the guard inside the quotes.
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\",\"\"ok\"\")\"\n", Csv.row("=HYPERLINK(\"http://x\",\"ok\")"));
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
