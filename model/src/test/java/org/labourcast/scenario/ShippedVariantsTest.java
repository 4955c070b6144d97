package org.labourcast.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.labourcast.policy.Lever;
import org.labourcast.policy.Levers;
import org.labourcast.policy.PolicyEffects;
import org.labourcast.scenario.labour.LabourAssumptions;
import org.labourcast.scenario.labour.Sector;
import org.labourcast.scenario.yaml.ScenarioReader;

/**
 * The shipped variants (scenarios/README.md) as a planner relies on them: each is a variant of its region's baseline
 * with its own id, every lever quotes the plan measure it represents and acts in some projected year, and a plan
 * figure the baseline already holds is counted once (docs/levers.md, "Avoid counting a measure twice"). The other
 * shipped-scenario tests (balance, base year, mutations) cover the variants too, since they scan scenarios/.
 */
class ShippedVariantsTest {

    static Stream<Path> variants() {
        List<Path> variants = ShippedScenarios.variants();
        assertFalse(variants.isEmpty(), "no shipped variants found");
        return variants.stream();
    }

    private static ScenarioSpec read(Path file) {
        return new ScenarioReader().read(file).spec();
    }

    @Test
    void everyRegionHasAVariantAndEveryScenarioItsOwnId() {
        Map<String, Path> byId = new HashMap<>();
        for (Path p : ShippedScenarios.all()) {
            Path before = byId.put(read(p).id(), p);
            assertTrue(before == null, "id of " + p + " is also the id of " + before + " (a run writes to out/<id>)");
        }
        for (String region : List.of("leshan", "sichuan", "taizhou", "xiangtan", "xuzhou")) {
            assertTrue(ShippedScenarios.variants().stream().anyMatch(v -> v.getParent().getFileName().toString()
                    .equals(region)), "no variant for " + region);
        }
        long leshan = ShippedScenarios.variants().stream()
                .filter(v -> v.getParent().getFileName().toString().equals("leshan")).count();
        assertTrue(leshan >= 3, "Leshan ships plan-measures and at least two further variants, found " + leshan);
    }

    @ParameterizedTest
    @MethodSource("variants")
    void aVariantExtendsItsRegionsBaselineAndEveryLeverQuotesAMeasureAndActs(Path file) {
        ScenarioSpec variant = read(file);
        ScenarioSpec baseline = read(file.resolveSibling("baseline.yaml"));
        assertNotEquals(baseline.id(), variant.id());
        List<InputFile> inputs = new ScenarioReader().read(file).source().inputs();
        assertEquals(file.resolveSibling("baseline.yaml").toAbsolutePath().normalize(),
                Path.of(inputs.get(inputs.size() - 1).path()).toAbsolutePath().normalize(),
                file + " extends its region's baseline, directly or through another variant");
        assertEquals(baseline.region().code(), variant.region().code());
        assertEquals(baseline.baseYear(), variant.baseYear());
        assertEquals(baseline.horizon(), variant.horizon());
        assertTrue(baseline.levers().isEmpty(), "baselines carry no levers");
        if (file.getFileName().toString().equals("plan-path.yaml")) {
            // A plan-path variant imposes the plan's urbanization path instead of the projection, and nothing else.
            assertTrue(variant.levers().isEmpty(), file + " adds no levers");
            assertTrue(variant.ruralUrbanMove().path() != null && baseline.ruralUrbanMove().projection() != null);
            return;
        }
        assertFalse(variant.levers().isEmpty(), file + " adds levers");
        for (Lever lever : variant.levers()) {
            String source = lever.info().source();
            // The measure is quoted from the (Chinese) document, with its section: "[PLAN 专栏1 item 8] 开展……".
            assertTrue(source.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    lever.type() + " in " + file + " quotes no measure: " + source);
            assertTrue(source.contains("["), lever.type() + " in " + file + " names no document section: " + source);
            Levers alone = Levers.of(List.of(lever), variant.baseYear() + 1, variant.horizon());
            boolean acts = false;
            for (int y = variant.baseYear() + 1; y <= variant.horizon(); y++) {
                acts |= !alone.effects(y).isNone();
            }
            assertTrue(acts, lever.type() + " in " + file + " never acts");
        }
    }

    /**
     * The Leshan plan's subsidised training ([10]万 over 2021-2025) is the baseline's ordinary training; the
     * plan-measures variant moves it into a lever, so ordinary plus lever trainees equal the baseline's every year,
     * with the same rural share and pass rate.
     */
    @Test
    void leshanPlanMeasuresCountsTheSubsidisedTrainingOnce() {
        ScenarioSpec baseline = read(ShippedScenarios.leshanBaseline());
        ScenarioSpec variant = read(ShippedScenarios.root().resolve("leshan/plan-measures.yaml"));
        LabourAssumptions.SkillsAssumption b = baseline.labour().skills();
        LabourAssumptions.SkillsAssumption v = variant.labour().skills();
        for (int y = variant.baseYear() + 1; y <= variant.horizon(); y++) {
            PolicyEffects e = variant.policy().effects(y);
            assertEquals(b.trainees().forYear(y)[0], v.trainees().forYear(y)[0] + e.extraTrainees(), 1e-9, "in " + y);
            assertEquals(b.ruralLabourShare(), e.extraTraineesRuralShare(), 1e-12);
            assertEquals(b.certificationRate(), e.extraCertificationRate(), 1e-12);
        }
    }

    /**
     * The "万人就业" cluster is part of 专栏2's 35万 secondary capacity, which the baseline's elasticity reaches by
     * 2025; the plan-measures variant re-fits the elasticity so that output-driven demand plus the cluster lever's
     * stock is again 35万 in 2025 (to 0.01%), counting the cluster once.
     */
    @Test
    void leshanPlanMeasuresCountsTheClusterOnce() {
        ScenarioSpec baseline = read(ShippedScenarios.leshanBaseline());
        ScenarioSpec variant = read(ShippedScenarios.root().resolve("leshan/plan-measures.yaml"));
        List<Lever> clusters = variant.levers().stream().filter(l -> l.type().equals("sector_cluster_growth")).toList();
        assertEquals(1, clusters.size());
        double cluster2025 = Levers.of(clusters, variant.baseYear() + 1, variant.horizon()).effects(2025)
                .extraLabourDemand().get(Sector.SECONDARY);
        assertEquals(10_000, cluster2025, 1e-6, "万人就业");
        // The baseline's elasticities continue the 2015-2020 shift, fitted to history, not to 专栏2's 35万: the variant
        // keeps them, so the cluster's 1万 is counted once, on top of a demand that holds none of the plan's outcome.
        assertEquals(baseline.labour().sectors().employmentElasticity(), variant.labour().sectors().employmentElasticity());
        double base2025 = secondaryDemand(baseline, 2025);
        assertTrue(base2025 < 340_000, "the baseline's secondary demand does not reach 专栏2's 35万 by construction: "
                + base2025);
    }

    /** Output-driven demand as SectorDemandProcess computes it: D(t) = D(t-1) x (1 + g(t) x e). */
    private static double secondaryDemand(ScenarioSpec s, int year) {
        LabourAssumptions.SectorDemandAssumption d = s.labour().sectors();
        double demand = s.labour().base().employedBySector().get(Sector.SECONDARY);
        for (int y = s.baseYear() + 1; y <= year; y++) {
            demand *= 1 + d.outputGrowth().forYear(y)[Sector.SECONDARY.ordinal()]
                    * d.employmentElasticity().get(Sector.SECONDARY);
        }
        return demand;
    }
}
