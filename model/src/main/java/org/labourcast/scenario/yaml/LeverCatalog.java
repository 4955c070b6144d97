package org.labourcast.scenario.yaml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.labourcast.policy.EntrepreneurshipSupport;
import org.labourcast.policy.GraduateEmployment;
import org.labourcast.policy.GraduateInternships;
import org.labourcast.policy.HukouEasing;
import org.labourcast.policy.InsuranceExpansion;
import org.labourcast.policy.JobRetentionRefund;
import org.labourcast.policy.Lever;
import org.labourcast.policy.NewMarketEntities;
import org.labourcast.policy.PublicEmploymentServices;
import org.labourcast.policy.PublicWelfarePosts;
import org.labourcast.policy.RetirementReform;
import org.labourcast.policy.SectorClusterGrowth;
import org.labourcast.policy.StartupGuaranteeLoans;
import org.labourcast.policy.VocationalTraining;

/**
 * The lever types a scenario may use, by YAML name, each with the parser that reads its {@code levers:} entry.
 * docs/levers.md documents every type. Immutable and thread-safe.
 */
public final class LeverCatalog {
    private static final Map<String, Function<LeverFields, Lever>> PARSERS = registry();

    private LeverCatalog() {
    }

    private static Map<String, Function<LeverFields, Lever>> registry() {
        Map<String, Function<LeverFields, Lever>> m = new LinkedHashMap<>();
        m.put(VocationalTraining.TYPE, LeverParsers::vocationalTraining);
        m.put(StartupGuaranteeLoans.TYPE, LeverParsers::startupGuaranteeLoans);
        m.put(EntrepreneurshipSupport.TYPE, LeverParsers::entrepreneurshipSupport);
        m.put(NewMarketEntities.TYPE, LeverParsers::newMarketEntities);
        m.put(PublicEmploymentServices.TYPE, LeverParsers::publicEmploymentServices);
        m.put(PublicWelfarePosts.TYPE, LeverParsers::publicWelfarePosts);
        m.put(GraduateEmployment.TYPE, LeverParsers::graduateEmployment);
        m.put(GraduateInternships.TYPE, LeverParsers::graduateInternships);
        m.put(JobRetentionRefund.TYPE, LeverParsers::jobRetentionRefund);
        m.put(HukouEasing.TYPE, LeverParsers::hukouEasing);
        m.put(RetirementReform.TYPE, LeverParsers::retirementReform);
        m.put(SectorClusterGrowth.TYPE, LeverParsers::sectorClusterGrowth);
        m.put(InsuranceExpansion.TYPE, LeverParsers::insuranceExpansion);
        return Collections.unmodifiableMap(m);
    }

    /** The registered YAML names, in the order docs/levers.md presents them. */
    public static List<String> names() {
        return List.copyOf(new ArrayList<>(PARSERS.keySet()));
    }

    public static boolean isRegistered(String type) {
        return PARSERS.containsKey(type);
    }

    /**
     * The parser of a registered type: it reads the entry's parameters (not {@code type}), reporting every mistake as
     * a located {@link org.labourcast.InputException}; the caller then calls {@code finish()} on the entry to report
     * unknown parameters.
     */
    public static Optional<Function<LeverFields, Lever>> parser(String type) {
        return Optional.ofNullable(PARSERS.get(type));
    }
}
