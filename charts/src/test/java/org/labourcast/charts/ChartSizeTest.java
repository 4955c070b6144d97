package org.labourcast.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** docs/charts.md: sizes within 4–100 × 3–100 cm, 36–1200 dpi and 150 million pixels; grown charts are cut, not refused. */
class ChartSizeTest {
    @Test
    void aPngOfMoreThan150MillionPixelsIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ChartSize(100, 76, 1200));
        assertEquals("a PNG of 100 x 76 cm at 1200 dpi has 47244 x 35906 = 1,696,343,064 pixels, more than the"
                + " 150,000,000 a chart may have", e.getMessage());
        assertEquals(139_499_721L, new ChartSize(100, 100, 300).pixels(), "the largest size at print resolution fits");
    }

    @Test
    void aGrownChartIsCutTo100CmAndThePixelCap() {
        assertEquals(100, ChartSize.PRINT.withHeightCm(80).withHeightUpTo(80 * 1.3).heightCm());
        assertEquals(13, ChartSize.PRINT.withHeightUpTo(13).heightCm(), "below the caps the height is kept");
        for (int dpi : new int[] {300, 600, 1200}) {
            for (double width : new double[] {4, 16, 50, 100}) {
                ChartSize s;
                try {
                    s = new ChartSize(width, 3, dpi);
                } catch (IllegalArgumentException tooMany) {
                    continue; // 100 cm at 1200 dpi is over the cap even 3 cm high
                }
                ChartSize grown = s.withHeightUpTo(1000);
                assertTrue(grown.pixels() <= ChartSize.MAX_PIXELS && grown.heightCm() <= 100, grown.toString());
            }
        }
    }
}
