package org.labourcast.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

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
        m.put(VocationalTraining.TYPE, VocationalTraining::parse);
        m.put(StartupGuaranteeLoans.TYPE, StartupGuaranteeLoans::parse);
        m.put(EntrepreneurshipSupport.TYPE, EntrepreneurshipSupport::parse);
        m.put(NewMarketEntities.TYPE, NewMarketEntities::parse);
        m.put(PublicEmploymentServices.TYPE, PublicEmploymentServices::parse);
        m.put(PublicWelfarePosts.TYPE, PublicWelfarePosts::parse);
        m.put(GraduateEmployment.TYPE, GraduateEmployment::parse);
        m.put(JobRetentionRefund.TYPE, JobRetentionRefund::parse);
        m.put(HukouEasing.TYPE, HukouEasing::parse);
        m.put(RetirementReform.TYPE, RetirementReform::parse);
        m.put(SectorClusterGrowth.TYPE, SectorClusterGrowth::parse);
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
