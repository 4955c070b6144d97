package org.labourcast.charts;

import java.util.Locale;

/** The language of a chart's or report's texts. Every text comes from {@link Messages}. */
public enum Lang {
    EN("en"), ZH("zh");

    private final String code;

    Lang(String code) {
        this.code = code;
    }

    /** "en" or "zh", as in {@code --lang} and the scenario's bilingual fields. */
    public String code() {
        return code;
    }

    /**
     * The language for a code, case-insensitive ("zh", "zh-CN" and "zh_Hans" all give {@link #ZH}).
     *
     * @throws IllegalArgumentException for anything but English or Chinese
     */
    public static Lang of(String code) {
        String c = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
        if (c.equals("en") || c.startsWith("en-") || c.startsWith("en_")) {
            return EN;
        }
        if (c.equals("zh") || c.startsWith("zh-") || c.startsWith("zh_")) {
            return ZH;
        }
        throw new IllegalArgumentException("language must be en or zh, got '" + code + "'");
    }
}
