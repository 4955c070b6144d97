package org.labourcast;

/** A user-facing text in English and Chinese. */
public record Bilingual(String en, String zh) {
    public Bilingual {
        if (en == null || en.isBlank() || zh == null || zh.isBlank()) {
            throw new IllegalArgumentException("both English and Chinese texts are required");
        }
    }

    /** The text for a language code ("en" or "zh"). */
    public String in(String lang) {
        return "zh".equals(lang) ? zh : en;
    }
}
