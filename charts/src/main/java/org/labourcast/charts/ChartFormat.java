package org.labourcast.charts;

import java.util.Locale;

/** Output format of a chart: PNG (raster, at a chosen DPI), SVG or PDF (vector, text drawn as outlines). */
public enum ChartFormat {
    PNG("png", "image/png"), SVG("svg", "image/svg+xml"), PDF("pdf", "application/pdf");

    private final String extension;
    private final String mediaType;

    ChartFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** File extension without the dot: "png", "svg", "pdf". */
    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** @throws IllegalArgumentException for anything but png, svg or pdf (any case) */
    public static ChartFormat of(String name) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (ChartFormat f : values()) {
            if (f.extension.equals(n)) {
                return f;
            }
        }
        throw new IllegalArgumentException("chart format must be png, svg or pdf, got '" + name + "'");
    }
}
