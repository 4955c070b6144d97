package org.labourcast.api.examples;

import java.nio.file.Path;
import org.labourcast.api.Forecast;
import org.labourcast.api.Scenario;
import org.labourcast.forecast.SeriesForecast;

/** Trend forecasts, in {@link Forecast}'s documentation. */
public final class ForecastExample {
    private ForecastExample() {
    }

    /** Run from the project root; returns the urbanization rate's 2025 point forecast. */
    public static double run(Path out) {
        // example: forecast
        Forecast forecast = Scenario.load(Path.of("scenarios/leshan/baseline.yaml")).forecast();
        for (SeriesForecast f : forecast.series()) {
            System.out.println(f.indicator() + ": " + f.fit().description() + " (" + f.selection().reason() + ")");
        }
        double point2025 = forecast.table().indicator("urbanization_rate").stat("point").year(2025).value();
        forecast.writeTo(out.resolve("forecast"));   // forecast.csv, backtest.csv, models.csv, charts, manifest.json
        // end example
        return point2025;
    }
}
