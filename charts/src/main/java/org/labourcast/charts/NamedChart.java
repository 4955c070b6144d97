package org.labourcast.charts;

import org.jfree.chart.ui.Drawable;

/**
 * A chart ready to render and the file it goes to.
 *
 * @param stem file name without extension, e.g. "urbanization_rate" (also the SVG id prefix)
 * @param size the printed size it is laid out for
 */
public record NamedChart(String stem, Drawable chart, ChartSize size) {

    public String fileName(ChartFormat format) {
        return stem + "." + format.extension();
    }

    public byte[] render(ChartFormat format) {
        return ChartRenderer.render(chart, size, format, "lc-" + stem.replaceAll("[^A-Za-z0-9_-]", "_"));
    }
}
