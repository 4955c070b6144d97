package org.labourcast.charts;

/**
 * The printed size of a chart and the resolution of its PNG. Charts are laid out in points (1/72 inch) at this
 * physical size, with fonts of fixed point size, so a chart printed at its size has 6.5–10.5 pt text; a larger size
 * gives more room, not larger letters. SVG and PDF carry the size itself; PNG has {@link #widthPx()} ×
 * {@link #heightPx()} pixels and records the DPI.
 *
 * @param widthCm  printed width in centimetres, 4–100
 * @param heightCm printed height in centimetres, 3–100
 * @param dpi      PNG resolution in dots per inch, 36–1200, and the size in pixels at most {@link #MAX_PIXELS}
 */
public record ChartSize(double widthCm, double heightCm, int dpi) {

    /** 16 × 10 cm (a page-wide figure on A4 with 2.5 cm margins) at 300 dpi: 1890 × 1181 px. */
    public static final ChartSize PRINT = new ChartSize(16, 10, 300);

    /**
     * The most pixels a chart's PNG may have: 150 million, 600 MB as the 4-byte raster it is drawn in. 100 × 100 cm
     * at 300 dpi (139 million) fits; 100 × 76 cm at 1200 dpi (1.7 billion, 6.8 GB) does not.
     */
    public static final long MAX_PIXELS = 150_000_000L;

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
        long pixels = pixels(widthCm, heightCm, dpi);
        if (pixels > MAX_PIXELS) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "a PNG of %s x %s cm at %d dpi"
                    + " has %d x %d = %,d pixels, more than the %,d a chart may have", plain(widthCm),
                    plain(heightCm), dpi, px(widthCm, dpi), px(heightCm, dpi), pixels, MAX_PIXELS));
        }
    }

    /**
     * The same width and resolution with another height, cut to the most this width and resolution allow (100 cm
     * and {@link #MAX_PIXELS}): for charts whose height follows their content, so that a size the user gave, checked
     * before a run, never fails after it.
     */
    public ChartSize withHeightUpTo(double cm) {
        // One pixel row less than the cap allows, so rounding to whole pixels cannot pass it.
        double byPixels = (Math.floor(MAX_PIXELS / (double) widthPx()) - 1) / dpi * CM_PER_INCH;
        return new ChartSize(widthCm, Math.max(3, Math.min(cm, Math.min(100, byPixels))), dpi);
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
        return px(widthCm, dpi);
    }

    public int heightPx() {
        return px(heightCm, dpi);
    }

    /** The PNG's pixels, {@link #widthPx()} × {@link #heightPx()}. */
    public long pixels() {
        return pixels(widthCm, heightCm, dpi);
    }

    private static int px(double cm, int dpi) {
        return (int) Math.round(cm / CM_PER_INCH * dpi);
    }

    private static long pixels(double widthCm, double heightCm, int dpi) {
        return (long) px(widthCm, dpi) * px(heightCm, dpi);
    }

    private static String plain(double cm) {
        return cm == Math.rint(cm) ? Long.toString((long) cm) : Double.toString(cm);
    }
}
