package org.labourcast.policy;


/**
 * {@code hukou_easing}: eased hukou settlement (放宽落户). Adds r·{@code settlementRateIncrease} to the yearly
 * settlement probability of urban residents with rural hukou and r·{@code transferLogOdds} to the rural transfer
 * logit, in a year of intensity r. Both effect sizes are required: see docs/levers.md.
 *
 * @param settlementRateIncrease probability added to the yearly settlement rate (0–1)
 * @param transferLogOdds        log-odds added to the rural transfer logit (−10…10; 0 for none)
 */
public record HukouEasing(LeverInfo info, Span span, double settlementRateIncrease, double transferLogOdds)
        implements Lever {
    public static final String TYPE = "hukou_easing";

    public HukouEasing {
        Checks.info(info, TYPE);
        Checks.span(span);
        Checks.share(settlementRateIncrease, "settlement rate increase");
        Checks.within(transferLogOdds, -10, 10, "transfer log-odds");
    }

    @Override
    public void contribute(int year, PolicyEffects.Builder effects) {
        double r = span.intensity(year);
        if (r > 0) {
            effects.addSettlementRate(r * settlementRateIncrease);
            effects.addTransferLogOdds(r * transferLogOdds);
        }
    }
}
