package org.labourcast.charts.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourcast.InputException;
import org.labourcast.charts.CsvText;
import org.labourcast.charts.ForecastSeries;
import org.labourcast.charts.IndicatorProjection;
import org.labourcast.charts.PopulationTable;
import org.labourcast.charts.RunInfo;
import org.labourcast.charts.TargetResult;

/** Reading saved results, the scenario file and forecast files. */
class ReadersTest {
    @TempDir
    Path tmp;

    @Test
    void csvQuotingCrlfAndBom() {
        assertEquals(List.of(List.of("a", "b,c", "d\"e"), List.of("1", "", "3")),
                CsvText.parse("\uFEFFa,\"b,c\",\"d\"\"e\"\r\n1,,3\r\n\r\n"));
        assertThrows(IllegalArgumentException.class, () -> CsvText.parse("a,\"b\n"));
    }

    @Test
    void theSpreadsheetGuardIsRemovedSoChartsShowTheLabelAsWritten() {
        String row = org.labourcast.Csv.row("=HYPERLINK(\"x\")", "-5% unemployment", -18650, "'=kept");
        assertEquals(List.of(List.of("=HYPERLINK(\"x\")", "-5% unemployment", "-18650", "'=kept")),
                CsvText.parse(row));
    }

    @Test
    void indicatorsBecomeMediansWithTheirBands() {
        String csv = "scenario,indicator,year,stat,value\n"
                + "s,x_rate,2020,median,0.5\ns,x_rate,2020,p10,0.4\ns,x_rate,2020,p90,0.6\n"
                + "s,x_rate,2020,p05,0.3\ns,x_rate,2020,p95,0.7\ns,x_rate,2020,mean,0.5\ns,births,2020,median,\n";
        IndicatorProjection p = SavedResults.indicators(csv, 7).get("x_rate");
        assertEquals(7, p.runs());
        assertEquals(0.5, p.centralIn(2020));
        assertEquals(0.4, p.band80().get(0).lo());
        assertEquals(0.7, p.band90().get(0).hi());
        assertTrue(SavedResults.indicators(csv, 7).get("births") == null, "empty values are not available");
    }

    @Test
    void targetsAndPopulationAsRunWritesThem() {
        List<TargetResult> t = SavedResults.targets("indicator,year,operator,target,probability,median,"
                + "median_first_year_met,status,kind,nature,base_year,base_value,runs,label,source\n"
                + "urbanization_rate,2025,>=,0.6,1,0.6,2025,on track,annual,expected,2020,0.53,100,常住人口城镇化率,"
                + "\"[PLAN ch.1 §2] a, b\"\n");
        assertEquals(1, t.size());
        assertEquals("\u2265", t.get(0).symbol());
        assertEquals(2020, t.get(0).baseYear().getAsInt());
        assertEquals("[PLAN ch.1 §2] a, b", t.get(0).source());
        PopulationTable pop = SavedResults.population("year,age,sex,residence,persons\n2020,0,male,urban,5\n"
                + "2020,100+,female,rural,2\n");
        assertEquals(100, pop.maxAge());
        assertEquals(5, pop.persons(2020, 0, PopulationTable.MALE, PopulationTable.URBAN));
        assertEquals(2, pop.persons(2020, 100, PopulationTable.FEMALE, PopulationTable.RURAL));
    }

    @Test
    void aDirectoryWithoutResultsIsAnInputError() {
        InputException e = assertThrows(InputException.class, () -> SavedResults.read(tmp));
        assertTrue(e.getMessage().contains("no indicators.csv"), e.getMessage());
        assertThrows(InputException.class, () -> SavedResults.read(tmp.resolve("absent")));
    }

    @Test
    void resultsWithoutManifestStillRead() throws Exception {
        Files.writeString(tmp.resolve("indicators.csv"), "scenario,indicator,year,stat,value\nmy-id,births,2021,value,10\n");
        SavedResults r = SavedResults.read(tmp);
        assertEquals(new RunInfo("my-id", null, null, null, null, null, 1, null, null), r.info());
        assertEquals(List.of(), r.targets());
        assertTrue(r.population() == null && r.manifest() == null && r.scenario() == null);
    }

    @Test
    void scenarioDocumentGivesTitlesPathHistoryAndSourcedInputs() {
        Path p = Path.of("").toAbsolutePath();
        while (!Files.exists(p.resolve("scenarios/leshan/baseline.yaml"))) {
            p = p.getParent();
        }
        ScenarioDocument doc = ScenarioDocument.load(p.resolve("scenarios/leshan/baseline.yaml"));
        assertEquals("乐山市", doc.regionZh());
        // The baseline projects its urbanization (no path); the plan's path is the plan-path variant's.
        assertEquals(0, doc.urbanizationPath().size());
        assertEquals(2, ScenarioDocument.load(p.resolve("scenarios/leshan/plan-path.yaml")).urbanizationPath().size());
        assertEquals(0.429, doc.sectorHistory().get(2015)[0]);
        ScenarioDocument.SourcedInput rate = doc.assumptions().stream()
                .filter(i -> i.path().equals("labour.transfer.base_rate")).findFirst().orElseThrow();
        // A distribution-valued input (docs/uncertainty.md) is shown with its parameters and basis.
        assertEquals("beta {mean: 0.05, sd: 0.015}; basis: assumption", rate.value());
        assertTrue(rate.source().startsWith("Assumption: 5% of the 365,800 farm workers"), rate.source());
        assertTrue(doc.assumptions().stream().noneMatch(i -> i.path().startsWith("targets")));
        // A calibrated variant's value (docs/calibration.md): a truncated normal, its bounds a list.
        org.labourcast.yaml.YamlNode calibrated = new org.labourcast.yaml.SafeYamlLoader().load(
                "variant.yaml", """
                        secondary: {value: -0.67, sd: 0.1, within: [-3, 1], basis: calibrated}
                        primary: -0.2
                        source: "calibrated"
                        """);
        assertEquals("secondary {value: -0.67, sd: 0.1, within: [-3, 1], basis: calibrated}; primary: -0.2",
                ScenarioDocument.summary(calibrated));
    }

    @Test
    void forecastHeadersAreMatchedLoosely() {
        String r = "Series,Method,Date,Point Forecast,Lo 80,Hi 80,Lo 95,Hi 95,extra\n"
                + "skilled_workers,ETS(A,A,N),2026-12-31,100,90,110,80,120,x\n".replace("ETS(A,A,N)", "\"ETS(A,A,N)\"");
        List<ForecastSeries> f = ForecastCsv.parse(r, null);
        assertEquals(1, f.size());
        assertEquals("ETS(A,A,N)", f.get(0).model());
        assertEquals(new ForecastSeries.Point(2026, 100, 90, 110, 80, 120), f.get(0).points().get(0));
        List<ForecastSeries> g = ForecastCsv.parse("year,mean,lower_80,upper_80\n2030,5,NA,\n2031,6,5,7\n",
                "labour_force");
        assertEquals("labour_force", g.get(0).indicator());
        assertEquals("forecast", g.get(0).model());
        assertTrue(Double.isNaN(g.get(0).points().get(0).lo80()) && Double.isNaN(g.get(0).points().get(0).lo95()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ForecastCsv.parse("indicator,year,estimate\nx,2030,1\n", null));
        assertTrue(e.getMessage().contains("'point'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ForecastCsv.parse("indicator,year,point\nx,20,1\n", null));
    }
}
