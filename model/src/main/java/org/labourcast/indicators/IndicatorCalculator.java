package org.labourcast.indicators;

import java.util.ArrayList;
import java.util.List;
import org.labourcast.demography.CohortTable;
import org.labourcast.demography.ProjectedYear;
import org.labourcast.demography.Residence;

/**
 * Computes the demographic indicators of {@link IndicatorCatalog} from a projection, in tidy long form with
 * {@code stat = "value"}. Definitions: urbanization rate = urban / total residents (常住人口城镇化率);
 * working-age share = persons in the band / total; population 16+ = persons aged 16 and over (maxAge+ included);
 * ageing share 45–59 = persons 45–59 / persons 15–59;
 * old-age dependency ratio = persons 65+ / persons 15–64 (UN definition).
 */
public final class IndicatorCalculator {
    private final List<AgeBand> workingAge;

    public IndicatorCalculator(List<AgeBand> workingAge) {
        this.workingAge = List.copyOf(workingAge);
    }

    /** Rows ordered by indicator (catalogue order), then year. Flows are omitted for the first (base) year. */
    public List<IndicatorRow> compute(String scenarioId, List<ProjectedYear> years) {
        List<IndicatorRow> rows = new ArrayList<>();
        for (String name : IndicatorCatalog.names(workingAge)) {
            for (int i = 0; i < years.size(); i++) {
                if (i == 0 && IndicatorCatalog.isFlow(name)) {
                    continue;
                }
                ProjectedYear y = years.get(i);
                rows.add(new IndicatorRow(scenarioId, name, y.year(), IndicatorRow.VALUE, value(name, y)));
            }
        }
        return rows;
    }

    /** The value of one indicator in one year. */
    public double value(String name, ProjectedYear y) {
        CohortTable p = y.population();
        int top = p.maxAge();
        double total = p.total();
        switch (name) {
            case IndicatorCatalog.POPULATION_TOTAL: return total;
            case IndicatorCatalog.POPULATION_URBAN: return p.total(Residence.URBAN);
            case IndicatorCatalog.POPULATION_RURAL: return p.total(Residence.RURAL);
            case IndicatorCatalog.URBANIZATION_RATE: return p.total(Residence.URBAN) / total;
            case IndicatorCatalog.BIRTHS: return y.birthsTotal();
            case IndicatorCatalog.DEATHS: return y.deathsTotal();
            case IndicatorCatalog.NET_MIGRATION: return y.netMigrationTotal();
            case IndicatorCatalog.RURAL_URBAN_MOVERS: return y.moversTotal();
            case IndicatorCatalog.MOVE_INTENSITY: return y.moveIntensity();
            case IndicatorCatalog.POPULATION_16_PLUS: return p.total(16, top); // max_age is at least 20
            case IndicatorCatalog.AGEING_SHARE_45_59: return p.total(45, 59) / p.total(15, 59);
            case IndicatorCatalog.SHARE_60_PLUS: return p.total(60, top) / total;
            case IndicatorCatalog.SHARE_65_PLUS: return p.total(65, top) / total;
            case IndicatorCatalog.OLD_AGE_DEPENDENCY_RATIO: return p.total(65, top) / p.total(15, 64);
            default:
                for (AgeBand band : workingAge) {
                    if (name.equals(IndicatorCatalog.workingAgePopulation(band))) {
                        return p.total(band.from(), band.to());
                    }
                    if (name.equals(IndicatorCatalog.workingAgeShare(band))) {
                        return p.total(band.from(), band.to()) / total;
                    }
                }
                throw new IllegalArgumentException("unknown indicator " + name);
        }
    }
}
