package org.labourcast.results;

import java.util.List;
import org.labourcast.Csv;
import org.labourcast.demography.CohortTable;
import org.labourcast.demography.ProjectedYear;
import org.labourcast.demography.Residence;
import org.labourcast.demography.Sex;

/** {@code population.csv}: persons by year, single age ("100+" for the open group), sex and residence. */
public final class PopulationCsv {
    private PopulationCsv() {
    }

    public static String render(List<ProjectedYear> years) {
        StringBuilder sb = new StringBuilder("year,age,sex,residence,persons\n");
        for (ProjectedYear y : years) {
            CohortTable p = y.population();
            for (int a = 0; a <= p.maxAge(); a++) {
                String age = a == p.maxAge() ? a + "+" : Integer.toString(a);
                for (Sex s : Sex.values()) {
                    for (Residence r : Residence.values()) {
                        sb.append(Csv.row(y.year(), age, s.label(), r.label(), p.persons(s, r, a)));
                    }
                }
            }
        }
        return sb.toString();
    }
}
