package org.labourcast.charts;

/**
 * The printed size of a chart and the resolution of its PNG. Charts are laid out in points (1/72 inch) at this
 * physical size, with fonts of fixed point size, so a chart printed at its size has 6.5–10.5 pt text; a larger size
 * gives more room, not larger letters. SVG and PDF carry the size itself; PNG has {@link #widthPx()} ×
 * {@link #heightPx()} pixels and records the DPI.
 *
 * @param widthCm  printed width in centimetres, 4–100
 * @param heightCm printed height in centimetres, 3–100
 * @param dpi      PNG resolution in dots per inch, 36–1200
 */
public record ChartSize(double widthCm, double heightCm, int dpi) {

    /** 16 × 10 cm (a page-wide figure on A4 with 2.5 cm margins) at 300 dpi: 1890 × 1181 px. */
    public static final ChartSize PRINT = new ChartSize(16, 10, 300);

    private static final double CM_PER_INCH = 2.54;
    private static final double POINTS_PER_INCH = 72;

    public ChartSize {
        if (!(widthCm >= 4 && widthCm <= 100) || !(heightCm >= 3 && heightCm <= 100)) {
            throw new IllegalArgumentException("chart size must be 4-100 cm wide and 3-100 cm high, was "
                    + widthCm + " x " + heightCm + " cm");
        }
        if (dpi < 36 || dpi > 1200) {
            throw new IllegalArgumentException("chart resolution must be 36-1200 dpi, was " + dpi);
        }
    }

    /** The same width and resolution with another height (tables grow with their rows). */
    public ChartSize withHeightCm(double cm) {
        return new ChartSize(widthCm, cm, dpi);
    }

    public double widthPt() {
        return widthCm / CM_PER_INCH * POINTS_PER_INCH;
    }

    public double heightPt() {
        return heightCm / CM_PER_INCH * POINTS_PER_INCH;
    }

    public int widthPx() {
        return (int) Math.round(widthCm / CM_PER_INCH * dpi);
    }

    public int heightPx() {
        return (int) Math.round(heightCm / CM_PER_INCH * dpi);
    }
}
