package org.labourcast.targets;

/**
 * The Wilson score interval for a binomial proportion (Wilson 1927, JASA 22, 209–212): the set of p for which the
 * score test of H₀: share = p does not reject at level α, without continuity correction — what R's
 * {@code prop.test(x, n, correct = FALSE)$conf.int} gives. Unlike the Wald interval p̂ ± z·√(p̂(1−p̂)/n) it stays
 * inside [0, 1] and is not degenerate at 0 or n successes (Newcombe 1998, Statistics in Medicine 17, 857–872,
 * method 3). With k of n, p̂ = k/n and z the standard normal quantile 1 − α/2:
 *
 * <pre>  centre = (p̂ + z²/(2n)) / (1 + z²/n),  half-width = z·√(p̂(1−p̂)/n + z²/(4n²)) / (1 + z²/n)</pre>
 *
 * Stateless and thread-safe.
 *
 * @param low  lower bound, share 0–1
 * @param high upper bound, share 0–1
 */
public record WilsonInterval(double low, double high) {
    /** z for a two-sided 95% interval: Φ⁻¹(0.975), to double precision. */
    public static final double Z95 = 1.959963984540054;

    /**
     * The 95% interval for {@code successes} of {@code trials}.
     *
     * @throws IllegalArgumentException unless 0 ≤ successes ≤ trials and trials ≥ 1
     */
    public static WilsonInterval of95(int successes, int trials) {
        return of(successes, trials, Z95);
    }

    /** The interval at the two-sided level whose normal quantile is {@code z} (1.96 for 95%). */
    public static WilsonInterval of(int successes, int trials, double z) {
        if (trials < 1 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException("need 0 <= successes <= trials and trials >= 1, got " + successes
                    + " of " + trials);
        }
        double n = trials;
        double p = successes / n;
        double z2 = z * z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator;
        // At 0 or n successes the bound is exactly 0 or 1; rounding must not leave 1e-17 there.
        double low = successes == 0 ? 0 : Math.max(0, centre - half);
        double high = successes == trials ? 1 : Math.min(1, centre + half);
        return new WilsonInterval(low, high);
    }
}
