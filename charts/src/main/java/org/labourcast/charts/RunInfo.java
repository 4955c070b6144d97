package org.labourcast.charts;

/**
 * What charts say about the run behind them: scenario, titles, engine and settings, for titles and source notes.
 * Built from the scenario and run settings by {@code run}, and from {@code manifest.json} and the scenario file by
 * {@code chart} and {@code report}, with the same values, so both render the same bytes.
 *
 * @param titleEn  the scenario's English title (the id when unknown)
 * @param titleZh  the scenario's Chinese title (the English one when unknown)
 * @param regionEn the region's English name (the id when unknown)
 * @param regionZh the region's Chinese name (the English one when unknown)
 * @param runs     Monte Carlo runs (1 for a deterministic projection)
 * @param scale    persons per agent, or null for a deterministic projection
 * @param seed     master seed, or null for a deterministic projection
 */
public record RunInfo(String scenarioId, String titleEn, String titleZh, String regionEn, String regionZh,
                      String toolVersion, int runs, Integer scale, Long seed) {

    public RunInfo {
        if (scenarioId == null || scenarioId.isBlank()) {
            throw new IllegalArgumentException("scenario id must not be blank");
        }
        titleEn = blank(titleEn) ? scenarioId : titleEn;
        titleZh = blank(titleZh) ? titleEn : titleZh;
        regionEn = blank(regionEn) ? scenarioId : regionEn;
        regionZh = blank(regionZh) ? regionEn : regionZh;
        toolVersion = blank(toolVersion) ? "dev" : toolVersion;
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be at least 1, got " + runs);
        }
    }

    public String title(Lang lang) {
        return lang == Lang.ZH ? titleZh : titleEn;
    }

    public String region(Lang lang) {
        return lang == Lang.ZH ? regionZh : regionEn;
    }

    public boolean monteCarlo() {
        return runs > 1 || seed != null;
    }

    /** "Source: labourcast 0.1.0, scenario x; agent-based …, 20 Monte Carlo runs, one agent per 10 persons, seed 1". */
    public String sourceNote(Messages m, String... more) {
        String sep = m.text("sentence.separator");
        String list = m.text("list.separator");
        StringBuilder sb = new StringBuilder(m.text("source.tool", toolVersion)).append(list)
                .append(m.text("source.scenario", scenarioId)).append(sep);
        if (monteCarlo()) {
            sb.append(m.text("source.agents", runs));
            if (scale != null) {
                sb.append(list).append(scale == 1 ? m.text("source.scale.one") : m.text("source.scale", scale));
            }
            if (seed != null) {
                sb.append(list).append(m.text("source.seed", seed));
            }
        } else {
            sb.append(m.text("source.cohort"));
        }
        for (String s : more) {
            if (s != null && !s.isBlank()) {
                sb.append(sep).append(s);
            }
        }
        return m.text("source.label", sb.toString());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
