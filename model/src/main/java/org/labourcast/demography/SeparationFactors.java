package org.labourcast.demography;

/**
 * Average years lived in an interval by those who die in it (the life-table a(x)) for the first years of life.
 */
final class SeparationFactors {

    private SeparationFactors() {
    }

    /**
     * a0 from the infant death rate m0 (deaths per person-year), Andreev &amp; Kingkade (2015), "Average age at death in
     * infancy and infant mortality level: Reconsidering the Coale-Demeny formulas at current levels of low mortality",
     * Demographic Research 33(13), as adopted in the HMD Methods Protocol v6 (Wilmoth et al. 2017, table 1):
     * <pre>
     *   males:   m0 &gt;= 0.08307          a0 = 0.29915
     *            0.023 &lt;= m0 &lt; 0.08307  a0 = 0.02832 + 3.26021 m0
     *            m0 &lt; 0.023              a0 = 0.14929 - 1.99545 m0
     *   females: m0 &gt;= 0.06891          a0 = 0.31411
     *            0.01724 &lt;= m0 &lt; 0.06891 a0 = 0.04667 + 3.88089 m0
     *            m0 &lt; 0.01724            a0 = 0.14903 - 2.05527 m0
     * </pre>
     */
    static double a0(double m0, Sex sex) {
        if (sex == Sex.MALE) {
            if (m0 >= 0.08307) {
                return 0.29915;
            }
            return m0 >= 0.023 ? 0.02832 + 3.26021 * m0 : 0.14929 - 1.99545 * m0;
        }
        if (m0 >= 0.06891) {
            return 0.31411;
        }
        return m0 >= 0.01724 ? 0.04667 + 3.88089 * m0 : 0.14903 - 2.05527 * m0;
    }

    /**
     * 4a1 (years, within the interval 1-4) from the infant death rate 1m0, Coale &amp; Demeny West model as tabulated
     * in Preston, Heuveline &amp; Guillot (2001), <i>Demography</i>, table 3.3:
     * males 1.352 if 1m0 &gt;= 0.107 else 1.651 - 2.816 1m0; females 1.361 if 1m0 &gt;= 0.107 else 1.522 - 1.518 1m0.
     */
    static double a1to4(double m0, Sex sex) {
        if (sex == Sex.MALE) {
            return m0 >= 0.107 ? 1.352 : 1.651 - 2.816 * m0;
        }
        return m0 >= 0.107 ? 1.361 : 1.522 - 1.518 * m0;
    }
}
