package org.labourcast.scenario.yaml;

import java.util.ArrayList;
import java.util.List;
import org.labourcast.yaml.Fields;
import org.labourcast.yaml.YamlMapping;
import org.labourcast.yaml.YamlNode;

/**
 * Reads mutation-base.yaml the way a real scenario reader would: every field through {@link Fields},
 * cross-field rules through {@link Fields#error}, and {@link Fields#finish()} at the end.
 */
final class ScenarioLikeReader {
    record Sector(String name, double share, double growth) {
    }

    record Target(int year, double urbanization, String note) {
    }

    record Scenario(String name, String region, int baseYear, int horizon, long seed, double total,
                    double[] male, List<Sector> sectors, List<Target> targets, List<String> indicators) {
    }

    private ScenarioLikeReader() {
    }

    static Scenario read(YamlMapping root) {
        Fields f = Fields.of(root);
        String name = f.string("name");
        String region = f.string("region");
        int baseYear = f.integer("base_year", 1950, 2100);
        int horizon = f.integer("horizon", 1950, 2200);
        if (horizon <= baseYear) {
            throw f.error("horizon", "must be after base_year (" + baseYear + ")");
        }
        long seed = f.longInteger("seed");

        Fields population = f.fields("population");
        double total = population.number("total", 0, 2e9);
        population.number("urban_share", 0, 1, "a share");
        double[] male = population.numbers("male");
        double[] female = population.numbers("female");
        if (female.length != male.length) {
            throw population.error("female", "must have as many age groups as male (" + male.length + ")");
        }
        Fields fertility = population.fields("fertility");
        fertility.number("total_rate", 0, 10);
        fertility.optionalNumber("mean_age");
        for (double v : fertility.numbers("by_age")) {
            if (v < 0) {
                throw fertility.error("by_age", "must not be negative");
            }
        }
        population.optionalFields("mortality").ifPresent(m -> {
            m.choice("model", "lee_carter", "constant");
            m.number("improvement", -1, 1);
        });

        Fields labour = f.fields("labour_market");
        Fields participation = labour.fields("participation");
        participation.number("male", 0, 1, "a rate");
        participation.number("female", 0, 1, "a rate");
        labour.integer("retirement_age", 40, 80);
        List<Sector> sectors = new ArrayList<>();
        double sum = 0;
        for (Fields s : labour.fieldsList("sectors")) {
            Sector sector = new Sector(s.string("name"), s.number("share", 0, 1, "a share"),
                    s.number("productivity_growth"));
            sum += sector.share();
            sectors.add(sector);
        }
        if (Math.abs(sum - 1) > 1e-9) {
            throw labour.error("sectors", "sector shares must sum to 1, got " + sum);
        }

        Fields policy = f.fields("policy");
        policy.bool("hukou_reform");
        policy.optionalFields("retirement").ifPresent(r -> {
            r.choice("schedule", "gradual", "immediate");
            for (YamlNode step : r.sequence("steps").items()) {
                Fields.toInteger(step);
            }
        });
        Fields transfer = policy.fields("rural_transfer");
        if (transfer.bool("enabled") || transfer.has("rate")) {
            transfer.number("rate", 0, 1, "a rate");
        }
        transfer.strings("regions");

        List<Target> targets = new ArrayList<>();
        for (Fields t : f.fieldsList("targets", true)) {
            int year = t.integer("year");
            if (year < baseYear) {
                throw t.error("year", "a target year must not be before base_year (" + baseYear + ")");
            }
            targets.add(new Target(year, t.number("urbanization_target", 0, 1, "a share"),
                    t.optionalString("note").orElse("")));
        }

        Fields output = f.fields("output");
        output.optionalChoice("format", "csv", "parquet", "json");
        List<String> indicators = output.strings("indicators");
        output.optionalInteger("replicates");
        f.finish();
        return new Scenario(name, region, baseYear, horizon, seed, total, male, sectors, targets, indicators);
    }
}
