package org.labourcast.policy;

/**
 * A lever's label as the scenario names it, in English and Chinese. A scenario that writes one plain text
 * ({@code name: 家门口就业服务站}) gets that text in both languages.
 */
public record LeverName(String en, String zh) {
    public LeverName {
        if (en == null || en.isBlank() || zh == null || zh.isBlank()) {
            throw new IllegalArgumentException("a lever name needs a non-blank text in both languages");
        }
    }

    /** The text for a language code ("en" or "zh"). */
    public String in(String lang) {
        return "zh".equals(lang) ? zh : en;
    }
}
