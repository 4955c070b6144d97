package org.labourcast.agents;

/**
 * The named fields of an agent's traits byte ({@link AgentColumns#traits}): what an agent carries that the plans
 * count but no rule counts by the key histogram. Bits 0–2 hold the education level, bits 3–5 social-insurance
 * enrolment, bit 6 disability, bit 7 a returned migrant. Pure functions on the byte; an agent's byte changes only
 * through {@link AgentColumns#setTraits}.
 */
public final class AgentTraits {
    /** Education levels of the census (受教育程度), lowest first; the code is the ordinal (0..6). */
    public enum Education {
        /** 未上学 (no schooling, including pre-school only). */
        NONE(0),
        /** 小学 (primary). */
        PRIMARY(6),
        /** 初中 (junior secondary). */
        JUNIOR_SECONDARY(9),
        /** 高中 (senior secondary, including secondary vocational 中职). */
        SENIOR_SECONDARY(12),
        /** 大学专科 (junior college, 大专). */
        JUNIOR_COLLEGE(15),
        /** 大学本科 (bachelor). */
        BACHELOR(16),
        /** 硕士/博士研究生 (postgraduate). */
        POSTGRADUATE(19);

        private static final Education[] VALUES = values();

        /**
         * Years of schooling the level counts for in NBS's average-years-of-schooling (平均受教育年限) measure:
         * 0, 6, 9, 12, 15, 16, 19.
         */
        public final int years;

        Education(int years) {
            this.years = years;
        }

        public static Education of(int code) {
            return VALUES[code];
        }

        /** Junior college or above (大专及以上): the plans' and the census's "higher education". */
        public boolean higher() {
            return ordinal() >= JUNIOR_COLLEGE.ordinal();
        }
    }

    /** Enrolled in unemployment insurance (失业保险). */
    public static final int UNEMPLOYMENT_INSURED = 1 << 3;
    /** Enrolled in work-injury insurance (工伤保险). */
    public static final int INJURY_INSURED = 1 << 4;
    /** Enrolled in the basic pension scheme for urban employees (城镇职工基本养老保险). */
    public static final int PENSION_INSURED = 1 << 5;
    /** Has a disability (残疾人), one of the hard-to-employ groups. */
    public static final int DISABLED = 1 << 6;
    /** A migrant worker who has come back to the region (返乡入乡). */
    public static final int RETURNED_MIGRANT = 1 << 7;

    private static final int EDUCATION_MASK = 0x7;

    private AgentTraits() {
    }

    /** The education level's code (0..6) in a traits byte. */
    public static int education(int traits) {
        return traits & EDUCATION_MASK;
    }

    /** The traits byte with its education level replaced. */
    public static int withEducation(int traits, Education level) {
        return (traits & ~EDUCATION_MASK) | level.ordinal();
    }

    public static boolean has(int traits, int bit) {
        return (traits & bit) != 0;
    }

    public static int with(int traits, int bit, boolean on) {
        return on ? traits | bit : traits & ~bit;
    }
}
