package org.labourcast.labour;

import org.labourcast.agents.AgentColumns;
import org.labourcast.agents.AgentKeys;
import org.labourcast.agents.AgentTraits;
import org.labourcast.agents.Status;
import org.labourcast.demography.Sex;

/**
 * The hard-to-employ (就业困难人员) as the agents allow: registered unemployed persons who are long-term unemployed
 * (a year or more since their last registration, 连续失业1年以上), older workers ("4050": women 40 and over, men 50
 * and over, 大龄失业人员) or disabled (残疾人). These are three of the core categories of the provincial lists under
 * 就业促进法 art. 52 (e.g. Guangdong 粤人社规〔2023〕11号 items 1, 2 and 7). Registered members of the zero-employment
 * households (零就业家庭) found and not helped are hard to employ too; the household pass counts them ({@link
 * Households}), as households are not read here. Minimum-living-allowance recipients (低保) are not counted: no agent
 * carries that status.
 */
final class HardToEmploy {
    /** Women from this age are "40" older workers. */
    static final int WOMEN_FROM = 40;
    /** Men from this age are "50" older workers. */
    static final int MEN_FROM = 50;

    private HardToEmploy() {
    }

    /** Whether an older ("4050") worker by sex and age. */
    static boolean older(Sex sex, int age) {
        return age >= (sex == Sex.FEMALE ? WOMEN_FROM : MEN_FROM);
    }

    /**
     * Whether an agent in this state is hard to employ: unemployed and registered, and long-term unemployed ({@code
     * years} ≥ 1, see {@link #longTerm}), or older, or disabled. {@link IndicatorRecorder} counts the same agents from
     * its histograms term by term (registered unemployed by spell band, older by group, disabled among the rest): a
     * change here must change it too.
     */
    static boolean is(int status, int flags, int years, int traits, boolean older) {
        return status == Status.UNEMPLOYED && (flags & AgentColumns.F_REGISTERED) != 0
                && (longTerm(years) || older || AgentTraits.has(traits, AgentTraits.DISABLED));
    }

    /** Whether agents of this key are registered unemployed: the hard to employ are found among them. */
    static boolean registeredUnemployed(int key) {
        return AgentKeys.status(key) == Status.UNEMPLOYED && (AgentKeys.flags(key) & AgentColumns.F_REGISTERED) != 0;
    }

    /**
     * Whether an unemployed agent with {@code years} in status has been unemployed a year or more. Years in status
     * count the year ends an agent has passed in the status, so during a year (and at its end, before the count
     * advances) {@code years ≥ 1} means unemployed already at the previous year end: at least twelve months by the
     * year end (the ILO and MOHRSS threshold of long-term unemployment).
     */
    static boolean longTerm(int years) {
        return years >= 1;
    }
}
