package org.labourcast.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.labourcast.scenario.HistorySeries;
import org.labourcast.scenario.LoadedScenario;
import org.labourcast.scenario.yaml.ScenarioReader;

/** One history series from a scenario file to forecasts and back-test (the test scenario sichuan-history.yaml). */
class SeriesForecastTest {
    private static HistorySeries sichuan() throws IOException {
        try (InputStream in = SeriesForecastTest.class.getResourceAsStream("/scenarios/sichuan-history.yaml")) {
            LoadedScenario s = new ScenarioReader().read("sichuan-history.yaml",
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return s.history().get(0);
        }
    }

    @Test
    void forecastsEveryYearToTheHorizonWithinZeroAndOne() throws IOException {
        SeriesForecast f = SeriesForecast.of(sichuan(), SeriesForecast.AUTO, 2035);
        assertEquals(15, f.predictions().size());
        assertEquals(2021, f.predictions().get(0).year());
        assertEquals(2035, f.predictions().get(14).year());
        for (Prediction p : f.predictions()) {
            assertTrue(p.lo95() >= 0 && p.hi95() <= 1, p.toString());
            assertTrue(p.lo95() <= p.lo80() && p.lo80() <= p.point() && p.point() <= p.hi80()
                    && p.hi80() <= p.hi95(), p.toString());
        }
        // Urbanization kept rising by about 1.6 points a year over 2010-2020; every model here continues upwards.
        assertTrue(f.predictions().get(0).point() > 0.567, f.predictions().get(0).toString());
    }

    @Test
    void backTestsEveryModelAndTheAutomaticChoice() throws IOException {
        SeriesForecast f = SeriesForecast.of(sichuan(), SeriesForecast.AUTO, 2030);
        Set<String> models = f.backtest().stream().map(Backtest.Row::model).collect(Collectors.toSet());
        assertEquals(Set.of("naive", "linear", "logistic", "holt", "damped", "arima", "auto"), models);
        Backtest.Row naive = f.backtest("naive", 1).orElseThrow();
        Backtest.Row linear = f.backtest("linear", 1).orElseThrow();
        // A steadily rising series: the straight line beats carrying the last value forward.
        assertTrue(linear.mase() < naive.mase(), linear + " vs " + naive);
        assertEquals(6, naive.origins()); // origins 2012..2019 with an observation a year later: not 2015 (2016 gap)
    }

    @Test
    void aRequestedModelIsUsed() throws IOException {
        SeriesForecast f = SeriesForecast.of(sichuan(), "damped", 2025);
        assertEquals(ModelKind.DAMPED, f.fit().kind());
        assertThrows(IllegalArgumentException.class, () -> SeriesForecast.of(sichuan(), "prophet", 2025));
        assertThrows(IllegalArgumentException.class, () -> SeriesForecast.of(sichuan(), "auto", 2020));
    }
}
