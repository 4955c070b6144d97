package org.labourcast.targets;

import org.labourcast.Bilingual;

/**
 * How likely a plan target is to be met, from the share of Monte Carlo runs that meet it.
 *
 * <p>The thresholds are labourcast's own convention, not taken from any plan or standard: a target is
 * {@link #ON_TRACK} when at least {@value #ON_TRACK_FROM} of the runs meet it (three in four),
 * {@link #AT_RISK} when at least {@value #AT_RISK_FROM} but fewer than {@value #ON_TRACK_FROM} do, and
 * {@link #OFF_TRACK} below {@value #AT_RISK_FROM}. Both boundaries belong to the better status. A deterministic run
 * (probability 0 or 1) is therefore either on track or off track.
 */
public enum AttainmentStatus {
    ON_TRACK("on track", "有望完成"),
    AT_RISK("at risk", "存在风险"),
    OFF_TRACK("off track", "难以完成");

    /** Lowest probability (share of runs, 0–1) that counts as on track. Our convention. */
    public static final double ON_TRACK_FROM = 0.75;

    /** Lowest probability (share of runs, 0–1) that counts as at risk rather than off track. Our convention. */
    public static final double AT_RISK_FROM = 0.25;

    private final Bilingual label;

    AttainmentStatus(String label, String labelZh) {
        this.label = new Bilingual(label, labelZh);
    }

    /**
     * The status for a probability of meeting the target.
     *
     * @param probability share of runs meeting the target, 0–1
     * @throws IllegalArgumentException outside [0, 1] or NaN
     */
    public static AttainmentStatus of(double probability) {
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability must be in [0, 1], got " + probability);
        }
        if (probability >= ON_TRACK_FROM) {
            return ON_TRACK;
        }
        return probability >= AT_RISK_FROM ? AT_RISK : OFF_TRACK;
    }

    /** English label: "on track", "at risk", "off track" (as written in targets.csv). */
    public String label() {
        return label.en();
    }

    /** Chinese label: 有望完成, 存在风险, 难以完成. */
    public String labelZh() {
        return label.zh();
    }

    /** The label for a language code ("zh" gives Chinese, anything else English). */
    public String label(String lang) {
        return label.in(lang);
    }
}
