package org.labourcast.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

/**
 * The chart of {@code labourcast forecast}: one indicator's observed history (hollow squares), the trend forecast
 * (dashed line) and its 80% and 95% prediction intervals (two tints of blue), drawn through {@link ChartStyle} like
 * every other chart (print size, fonts in points, integer years, units, the catalogue's texts in English or Chinese,
 * a source note). Years without an interval (a line through two points) show the line only. Stateless.
 */
public final class ForecastBandsChart {

    static final Color FORECAST = ChartStyle.BLUE;
    static final Color BAND_80 = ChartStyle.tint(ChartStyle.BLUE, 0.55);
    static final Color BAND_95 = ChartStyle.tint(ChartStyle.BLUE, 0.80);

    private ForecastBandsChart() {
    }

    /** One forecast year; a NaN bound means no interval that year. */
    public record Band(int year, double point, double lo80, double hi80, double lo95, double hi95) {
        public Band {
            if (!Double.isFinite(point)) {
                throw new IllegalArgumentException("forecast for " + year + " must be finite: " + point);
            }
        }

        boolean hasInterval() {
            return Double.isFinite(lo80) && Double.isFinite(hi80) && Double.isFinite(lo95) && Double.isFinite(hi95);
        }
    }

    /**
     * What the chart shows.
     *
     * @param info        the scenario (titles, region, tool version; runs are not used)
     * @param indicator   e.g. {@code urbanization_rate}, in its unit (shares 0–1)
     * @param model       the model's kind as in models.csv ({@code linear}, {@code damped}, …), named from the
     *                    catalogue
     * @param description the fitted model in English, e.g. "linear trend (OLS)" (English charts only)
     * @param reason      why it was chosen, in English (English charts only; may be blank)
     */
    public record Data(RunInfo info, String indicator, List<YearValue> history, List<Band> forecast, String model,
                       String description, String reason) {
        public Data {
            if (indicator == null || indicator.isBlank()) {
                throw new IllegalArgumentException("a forecast chart needs an indicator");
            }
            history = List.copyOf(history);
            forecast = List.copyOf(forecast);
            description = description == null ? "" : description;
            reason = reason == null ? "" : reason;
        }

        boolean intervals() {
            return forecast.stream().anyMatch(Band::hasInterval);
        }
    }

    /** The model's name in the chart's language: the catalogue's name of its kind, or in English its description. */
    static String modelName(Data d, Messages m) {
        if (m.lang() == Lang.EN && !d.description().isBlank()) {
            return d.description();
        }
        // A share's linear trend is fitted in its logit (LinearTrend); only the description tells the two apart.
        String kind = d.model().equals("linear") && d.description().contains("logit") ? "linear_logit" : d.model();
        return m.has("forecast.model." + kind) ? m.text("forecast.model." + kind) : d.model();
    }

    public static JFreeChart build(Data d, Messages m) {
        ValueUnit unit = ValueUnit.of(d.indicator());
        String model = modelName(d, m);
        String title = m.text("forecastbands.title", d.info().region(m.lang()), m.indicator(d.indicator()));
        String subtitle = d.info().title(m.lang());
        String observed = m.text("forecastbands.observed");
        String line = m.text("forecastbands.line", model);
        String band80 = m.text("forecastbands.band80");
        String band95 = m.text("forecastbands.band95");
        String why = m.lang() == Lang.EN && !d.reason().isBlank() ? m.text("forecastbands.reason", d.reason()) : "";
        String note = m.text("forecastbands.note", d.info().toolVersion(), d.info().scenarioId(), model,
                m.text(d.intervals() ? "forecastbands.note.bands" : "forecastbands.note.no_bands"), why);
        String axis = m.axisLabel(d.indicator());
        ChartStyle style = new ChartStyle(ChartStyle.texts(title, subtitle, observed, line, band80, band95, note, axis,
                m.text("year.axis")));

        // The forecast line and bands start at the last observation, so they join the history.
        List<YearValue> points = new ArrayList<>();
        List<YearBand> b80 = new ArrayList<>();
        List<YearBand> b95 = new ArrayList<>();
        if (!d.history().isEmpty() && !d.forecast().isEmpty()) {
            YearValue last = d.history().get(d.history().size() - 1);
            points.add(last);
            if (d.forecast().get(0).hasInterval()) {
                b80.add(new YearBand(last.year(), last.value(), last.value()));
                b95.add(new YearBand(last.year(), last.value(), last.value()));
            }
        }
        for (Band b : d.forecast()) {
            points.add(new YearValue(b.year(), b.point()));
            if (b.hasInterval()) {
                b80.add(new YearBand(b.year(), Math.min(b.lo80(), b.hi80()), Math.max(b.lo80(), b.hi80())));
                b95.add(new YearBand(b.year(), Math.min(b.lo95(), b.hi95()), Math.max(b.lo95(), b.hi95())));
            }
        }

        XYPlot plot = new XYPlot();
        plot.setDomainAxis(style.yearAxis(m));
        plot.setRangeAxis(style.valueAxis(axis, unit, m));
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        style.stylePlot(plot);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.4f));
        plot.setDataset(0, FanChart.bandDataset(band95, b95));
        plot.setRenderer(0, FanChart.bandRenderer(BAND_95));
        plot.setDataset(1, FanChart.bandDataset(band80, b80));
        plot.setRenderer(1, FanChart.bandRenderer(BAND_80));
        plot.setDataset(2, FanChart.collection(FanChart.series(line, points)));
        XYLineAndShapeRenderer forecast = new XYLineAndShapeRenderer(true, false);
        forecast.setSeriesPaint(0, FORECAST);
        forecast.setSeriesStroke(0, ChartStyle.dash(1, 1.4f));
        plot.setRenderer(2, forecast);
        plot.setDataset(3, FanChart.collection(FanChart.series(observed, d.history())));
        XYLineAndShapeRenderer history = new XYLineAndShapeRenderer(false, true);
        history.setSeriesPaint(0, FanChart.HISTORY_COLOUR);
        history.setSeriesShape(0, ChartStyle.marker(1, 5));
        history.setSeriesShapesFilled(0, false);
        history.setUseOutlinePaint(false);
        history.setDrawOutlines(true);
        history.setSeriesOutlineStroke(0, new BasicStroke(1.1f));
        plot.setRenderer(3, history);

        LegendItemCollection legend = new LegendItemCollection();
        if (!d.history().isEmpty()) {
            legend.add(style.shapeItem(observed, FanChart.HISTORY_COLOUR, ChartStyle.marker(1, 5), false));
        }
        legend.add(style.lineItem(line, FORECAST, ChartStyle.dash(1, 1.4f), null, false));
        if (!b80.isEmpty()) {
            legend.add(style.boxItem(band80, BAND_80));
            legend.add(style.boxItem(band95, BAND_95));
        }
        plot.setFixedLegendItems(legend);
        return style.chart(title, plot, true, subtitle, note);
    }

    /** The chart of {@code forecast_<indicator>} at a size, ready to render. */
    public static NamedChart named(Data d, Messages m, ChartSize size) {
        return new NamedChart("forecast_" + d.indicator(), build(d, m), size);
    }
}
