package org.labourcast.policy;


/**
 * {@code job_retention_refund}: refunds of unemployment-insurance contributions to employers who keep their staff
 * (失业保险稳岗返还). The separation rate of non-farm employees is multiplied by 1 − r·i·s·d in a year of intensity r,
 * where i·s is the share of non-farm employees whose employer receives the refund. No default for d: see
 * docs/levers.md.
 *
 * @param insuredShare        i, share of non-farm employees covered by unemployment insurance (0–1)
 * @param recipientShare      s, share of insured employment in firms receiving the refund (0–1)
 * @param separationReduction d, proportional reduction of the separation rate in those firms (0–1)
 */
public record JobRetentionRefund(LeverInfo info, Span span, double insuredShare, double recipientShare,
                                 double separationReduction) implements Lever {
    public static final String TYPE = "job_retention_refund";

    public JobRetentionRefund {
        Checks.info(info, TYPE);
        Checks.span(span);
        Checks.share(insuredShare, "insured share");
        Checks.share(recipientShare, "recipient share");
        Checks.share(separationReduction, "separation reduction");
    }

    @Override
    public void contribute(int year, PolicyEffects.Builder effects) {
        double r = span.intensity(year);
        if (r > 0) {
            effects.multiplySeparationRate(1 - r * insuredShare * recipientShare * separationReduction);
        }
    }
}
