package org.labourcast.experiment;

import java.util.List;
import java.util.Objects;
import org.labourcast.indicators.IndicatorCatalog;
import org.labourcast.indicators.LabourIndicators;
import org.labourcast.indicators.ReplicateValues;

/**
 * The multiplicative identities by which a labour indicator's difference between two scenarios is split into
 * demography, participation, employment rate, transfer and sector shift (LMDI-I, {@link Lmdi}), per replicate.
 * With P = {@code population_16_plus}, LF = {@code labour_force}, E = {@code employment_total}, E_s = employment in
 * sector s, RLF = {@code rural_labour_force} and T = {@code rural_labour_transferred}:
 * <pre>
 *   LF  = P · (LF/P)                       demography, participation
 *   E   = P · (LF/P) · (E/LF)              demography, participation, employment rate
 *   E_s = P · (LF/P) · (E/LF) · (E_s/E)    demography, participation, employment rate, sector shift
 *   RLF = P · (RLF/P)                      demography, participation (rural labour's share of the 16+ population)
 *   T   = P · (RLF/P) · (T/RLF)            demography, participation, transfer
 * </pre>
 * Rates and shares (E_s/E, T/RLF, …) are themselves single factors of these identities and are not decomposed.
 * See docs/comparison.md. Immutable and thread-safe.
 */
public final class LabourDecomposition {
    public static final String TOTAL = "total";
    public static final String DEMOGRAPHY = "demography";
    public static final String PARTICIPATION = "participation";
    public static final String EMPLOYMENT_RATE = "employment_rate";
    public static final String TRANSFER = "transfer";
    public static final String SECTOR_SHIFT = "sector_shift";

    /**
     * One identity: the indicator is the last quantity of {@code chain}; factor k is chain[0] (k = 0) or
     * chain[k] / chain[k−1], and its effect is called {@code components.get(k)}.
     */
    public record Identity(String indicator, List<String> chain, List<String> components) {
        public Identity {
            chain = List.copyOf(chain);
            components = List.copyOf(components);
            if (chain.isEmpty() || chain.size() != components.size()) {
                throw new IllegalArgumentException("one component per quantity of the chain is needed");
            }
            if (!chain.get(chain.size() - 1).equals(indicator)) {
                throw new IllegalArgumentException("the chain of " + indicator + " must end with it");
            }
        }

        /** The factor behind component k, as text: "population_16_plus" or "labour_force / population_16_plus". */
        public String factor(int k) {
            return k == 0 ? chain.get(0) : chain.get(k) + " / " + chain.get(k - 1);
        }
    }

    private static final String P = IndicatorCatalog.POPULATION_16_PLUS;
    private static final String LF = LabourIndicators.LABOUR_FORCE;
    private static final String E = LabourIndicators.EMPLOYMENT_TOTAL;
    private static final String RLF = LabourIndicators.RURAL_LABOUR_FORCE;

    /** The identities, in output order. */
    public static final List<Identity> IDENTITIES = List.of(
            new Identity(LF, List.of(P, LF), List.of(DEMOGRAPHY, PARTICIPATION)),
            new Identity(E, List.of(P, LF, E), List.of(DEMOGRAPHY, PARTICIPATION, EMPLOYMENT_RATE)),
            sector(LabourIndicators.EMPLOYMENT_PRIMARY),
            sector(LabourIndicators.EMPLOYMENT_SECONDARY),
            sector(LabourIndicators.EMPLOYMENT_TERTIARY),
            new Identity(RLF, List.of(P, RLF), List.of(DEMOGRAPHY, PARTICIPATION)),
            new Identity(LabourIndicators.RURAL_LABOUR_TRANSFERRED,
                    List.of(P, RLF, LabourIndicators.RURAL_LABOUR_TRANSFERRED),
                    List.of(DEMOGRAPHY, PARTICIPATION, TRANSFER)));

    private LabourDecomposition() {
    }

    private static Identity sector(String employment) {
        return new Identity(employment, List.of(P, LF, E, employment),
                List.of(DEMOGRAPHY, PARTICIPATION, EMPLOYMENT_RATE, SECTOR_SHIFT));
    }

    /** True when both runs project every quantity of the identity. */
    static boolean applies(Identity identity, ReplicateValues reference, ReplicateValues scenario) {
        return identity.chain().stream().allMatch(n -> reference.hasIndicator(n) && scenario.hasIndicator(n));
    }

    /**
     * The effects of one replicate and year: {@code [run][component]}, each row summing to the run's difference of
     * the indicator (NaN rows where LMDI does not apply: a quantity that is zero or missing).
     */
    static double[][] effects(Identity identity, ReplicateValues reference, ReplicateValues scenario, int year) {
        Objects.requireNonNull(identity, "identity");
        int runs = reference.runs();
        int n = identity.chain().size();
        double[][] out = new double[runs][];
        for (int r = 0; r < runs; r++) {
            double[] a = new double[n];
            double[] b = new double[n];
            for (int k = 0; k < n; k++) {
                a[k] = reference.value(r, identity.chain().get(k), year);
                b[k] = scenario.value(r, identity.chain().get(k), year);
            }
            out[r] = Lmdi.chainEffects(a, b);
        }
        return out;
    }
}
