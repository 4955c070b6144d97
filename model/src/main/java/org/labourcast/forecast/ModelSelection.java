package org.labourcast.forecast;

import java.util.ArrayList;
import java.util.List;

/**
 * The automatic choice of a model for one series.
 *
 * <p><b>Rule.</b> With at least {@value #MIN_POINTS_FOR_AICC} observations, the model with the lowest AICc among the
 * linear trend, the logistic curve, Holt and damped Holt, each counted only when its AICc is defined. These four
 * have Gaussian likelihoods over the same n observations (the exponential smoothing models estimate their initial
 * states), so their AICc values are comparable. ARIMA is fitted and back-tested beside them but not compared by AICc:
 * with d ≥ 1 its likelihood is that of the n − d differences, a different set of data, and AICc values over different
 * data mean nothing against each other (Hyndman &amp; Athanasopoulos, <i>Forecasting: Principles and Practice</i>,
 * 3rd ed., §9.8 and §7.5). The back-test table shows how ARIMA would have done.
 *
 * <p><b>Fallback.</b> With fewer than {@value #MIN_POINTS_FOR_AICC} observations: the linear trend. AICc =
 * AIC + 2k(k+1)/(n−k−1) is undefined once n ≤ k + 1 — the linear trend has k = 3 (intercept, slope, σ²), the logistic
 * curve 4, Holt 5, damped Holt 6 — so below six points at most the linear trend has an AICc and there is nothing to
 * compare it with; just above that bound the correction term dominates and the choice is erratic. The straight line
 * is the least demanding model that still follows a trend, and with two points it passes through both (no interval).
 */
public final class ModelSelection {
    /** Fewer observations than this: linear trend without comparison. */
    public static final int MIN_POINTS_FOR_AICC = 6;
    /** The models compared by AICc. */
    public static final List<ModelKind> AICC_CANDIDATES =
            List.of(ModelKind.LINEAR, ModelKind.LOGISTIC, ModelKind.HOLT, ModelKind.DAMPED);

    private ModelSelection() {
    }

    /** A model tried on the series: its fit, or why it could not be fitted. */
    public record Candidate(ModelKind kind, Fit fit, String problem) {
        public boolean fitted() {
            return fit != null;
        }

        public double aicc() {
            return fit == null ? Double.NaN : fit.aicc();
        }
    }

    /**
     * The result: the chosen fit and every model tried (all six kinds, in {@link ModelKind} order).
     *
     * @param reason why this model, e.g. "lowest AICc of linear, logistic, holt, damped"
     */
    public record Selection(Fit chosen, List<Candidate> candidates, String reason) {
        public Selection {
            candidates = List.copyOf(candidates);
        }
    }

    /** Tries every model kind and picks one by {@link ModelSelection the rule}. */
    public static Selection auto(ObservedSeries s, boolean share) {
        List<Candidate> tried = tryAll(s, share);
        return new Selection(choose(s, tried), tried, reason(s, tried));
    }

    /** The automatic choice only, without the models not needed for it (faster: for back-testing). */
    public static Fit choose(ObservedSeries s, boolean share) {
        if (s.size() < MIN_POINTS_FOR_AICC) {
            return Forecasters.fit(ModelKind.LINEAR, s, share);
        }
        Fit best = null;
        for (ModelKind k : AICC_CANDIDATES) {
            Candidate c = attempt(k, s, share);
            if (c.fitted() && !Double.isNaN(c.aicc()) && (best == null || c.aicc() < best.aicc())) {
                best = c.fit();
            }
        }
        return best != null ? best : Forecasters.fit(ModelKind.LINEAR, s, share);
    }

    /** {@code kind} when it can be fitted, else the automatic choice, with the reason. */
    public static Selection requested(ModelKind kind, ObservedSeries s, boolean share) {
        List<Candidate> tried = tryAll(s, share);
        Candidate wanted = tried.get(kind.ordinal());
        if (wanted.fitted()) {
            return new Selection(wanted.fit(), tried, "requested");
        }
        return new Selection(choose(s, tried), tried, kind + " not applicable (" + wanted.problem() + "); "
                + reason(s, tried));
    }

    private static List<Candidate> tryAll(ObservedSeries s, boolean share) {
        List<Candidate> out = new ArrayList<>();
        for (ModelKind k : ModelKind.values()) {
            out.add(attempt(k, s, share));
        }
        return out;
    }

    private static Candidate attempt(ModelKind k, ObservedSeries s, boolean share) {
        try {
            return new Candidate(k, Forecasters.fit(k, s, share), null);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return new Candidate(k, null, e.getMessage());
        }
    }

    private static Fit choose(ObservedSeries s, List<Candidate> tried) {
        if (s.size() < MIN_POINTS_FOR_AICC) {
            return tried.get(ModelKind.LINEAR.ordinal()).fit();
        }
        Fit best = null;
        for (ModelKind k : AICC_CANDIDATES) {
            Candidate c = tried.get(k.ordinal());
            if (c.fitted() && !Double.isNaN(c.aicc()) && (best == null || c.aicc() < best.aicc())) {
                best = c.fit();
            }
        }
        return best != null ? best : tried.get(ModelKind.LINEAR.ordinal()).fit();
    }

    private static String reason(ObservedSeries s, List<Candidate> tried) {
        if (s.size() < MIN_POINTS_FOR_AICC) {
            return s.size() + " points, fewer than " + MIN_POINTS_FOR_AICC + ": linear trend without AICc comparison"
                    + (s.size() == 2 ? " (two points: no interval)" : "");
        }
        List<String> compared = new ArrayList<>();
        for (ModelKind k : AICC_CANDIDATES) {
            if (!Double.isNaN(tried.get(k.ordinal()).aicc())) {
                compared.add(k.label());
            }
        }
        return "lowest AICc of " + String.join(", ", compared);
    }
}
