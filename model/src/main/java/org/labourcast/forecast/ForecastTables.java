package org.labourcast.forecast;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.labourcast.Csv;

/**
 * The CSV files of {@code labourcast forecast}, with {@link Csv}'s deterministic number format (12 significant
 * digits; an empty cell for a missing value, e.g. the bounds of a line through two points). Stateless and
 * thread-safe.
 */
public final class ForecastTables {
    public static final String FORECAST_CSV = "forecast.csv";
    public static final String BACKTEST_CSV = "backtest.csv";
    public static final String MODELS_CSV = "models.csv";

    private ForecastTables() {
    }

    /** {@code indicator,model,year,point,lo80,hi80,lo95,hi95}: the fitted model's forecasts, one row a year. */
    public static String forecast(List<SeriesForecast> all) {
        StringBuilder sb = new StringBuilder(Csv.row("indicator", "model", "year", "point", "lo80", "hi80", "lo95",
                "hi95"));
        for (SeriesForecast f : all) {
            for (Prediction p : f.predictions()) {
                sb.append(Csv.row(f.indicator(), f.fit().kind().label(), p.year(), p.point(), p.lo80(), p.hi80(),
                        p.lo95(), p.hi95()));
            }
        }
        return sb.toString();
    }

    /**
     * {@code indicator,model,horizon,origins,MAE,MAPE,MASE}: rolling-origin accuracy by model (including
     * {@code auto}) and horizon in years; MAPE in percent.
     */
    public static String backtest(List<SeriesForecast> all) {
        StringBuilder sb = new StringBuilder(Csv.row("indicator", "model", "horizon", "origins", "MAE", "MAPE",
                "MASE"));
        for (SeriesForecast f : all) {
            for (Backtest.Row r : f.backtest()) {
                sb.append(Csv.row(f.indicator(), r.model(), r.horizon(), r.origins(), r.mae(), r.mape(), r.mase()));
            }
        }
        return sb.toString();
    }

    /**
     * {@code indicator,model,description,chosen,observations,aicc,log_likelihood,sigma,parameters,note}: every model
     * tried on every series, with its estimates ({@code name=value; …}) or why it could not be fitted; the chosen
     * one has {@code chosen=true} and the reason in {@code note}.
     */
    public static String models(List<SeriesForecast> all) {
        StringBuilder sb = new StringBuilder(Csv.row("indicator", "model", "description", "chosen", "observations",
                "aicc", "log_likelihood", "sigma", "parameters", "note"));
        for (SeriesForecast f : all) {
            for (ModelSelection.Candidate c : f.selection().candidates()) {
                boolean chosen = c.fitted() && c.fit() == f.fit();
                if (!c.fitted()) {
                    sb.append(Csv.row(f.indicator(), c.kind().label(), "", false, f.series().size(), Double.NaN,
                            Double.NaN, Double.NaN, "", c.problem()));
                    continue;
                }
                Fit fit = c.fit();
                sb.append(Csv.row(f.indicator(), c.kind().label(), fit.description(), chosen,
                        fit.likelihoodObservations(), fit.aicc(), fit.logLikelihood(), fit.sigma(),
                        parameters(fit.parameters()), chosen ? f.selection().reason() : ""));
            }
        }
        return sb.toString();
    }

    private static String parameters(Map<String, Double> p) {
        StringJoiner j = new StringJoiner("; ");
        p.forEach((k, v) -> j.add(k + "=" + Csv.number(v)));
        return j.toString();
    }
}
