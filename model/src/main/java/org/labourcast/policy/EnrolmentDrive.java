package org.labourcast.policy;

/**
 * The yearly probability that a worker not enrolled in a scheme is enrolled by an insurance-expansion measure (参保扩面,
 * 全民参保计划), by scheme and hukou group: the form in which {@link InsuranceExpansion} levers reach the engine. The
 * unemployment and injury chances act on non-farm employees, the pension's on employed persons of any sector (the
 * residents' scheme is open to farmers too). Two drives in one year combine as independent chances,
 * 1 − (1 − a)(1 − b). Immutable.
 *
 * @param urbanUnemployment unemployment insurance, urban-hukou employees (0–1)
 * @param urbanInjury       work-injury insurance, urban-hukou employees (0–1)
 * @param ruralUnemployment unemployment insurance, rural-hukou employees (农民工) (0–1)
 * @param ruralInjury       work-injury insurance, rural-hukou employees (0–1)
 * @param urbanPension      basic pension (either scheme), urban-hukou employed persons (0–1)
 * @param ruralPension      basic pension (either scheme), rural-hukou employed persons (0–1)
 */
public record EnrolmentDrive(double urbanUnemployment, double urbanInjury, double ruralUnemployment,
                             double ruralInjury, double urbanPension, double ruralPension) {
    /** No drive. */
    public static final EnrolmentDrive NONE = new EnrolmentDrive(0, 0, 0, 0, 0, 0);

    public EnrolmentDrive {
        Checks.share(urbanUnemployment, "urban-hukou unemployment-insurance uptake");
        Checks.share(urbanInjury, "urban-hukou injury-insurance uptake");
        Checks.share(ruralUnemployment, "rural-hukou unemployment-insurance uptake");
        Checks.share(ruralInjury, "rural-hukou injury-insurance uptake");
        Checks.share(urbanPension, "urban-hukou pension uptake");
        Checks.share(ruralPension, "rural-hukou pension uptake");
    }

    /** The probability for scheme 0 (unemployment) or 1 (injury) and a hukou group. */
    public double probability(int scheme, boolean urbanHukou) {
        if (scheme == 0) {
            return urbanHukou ? urbanUnemployment : ruralUnemployment;
        }
        return urbanHukou ? urbanInjury : ruralInjury;
    }

    /** The basic-pension probability for a hukou group. */
    public double pension(boolean urbanHukou) {
        return urbanHukou ? urbanPension : ruralPension;
    }

    /** Both drives acting in the same year, as independent chances. */
    public EnrolmentDrive and(EnrolmentDrive o) {
        return new EnrolmentDrive(either(urbanUnemployment, o.urbanUnemployment), either(urbanInjury, o.urbanInjury),
                either(ruralUnemployment, o.ruralUnemployment), either(ruralInjury, o.ruralInjury),
                either(urbanPension, o.urbanPension), either(ruralPension, o.ruralPension));
    }

    private static double either(double a, double b) {
        return 1 - (1 - a) * (1 - b);
    }
}
