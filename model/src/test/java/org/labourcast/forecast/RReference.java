package org.labourcast.forecast;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The R reference values in src/test/resources/forecast: series.csv (inputs) and r_reference.csv (series, model,
 * quantity, step, value), both written by make_fixtures.R beside them (R 4.2.2, forecast 8.20).
 */
final class RReference {
    private static final Map<String, ObservedSeries> SERIES = readSeries();
    private static final Map<String, Double> VALUES = readValues();

    private RReference() {
    }

    static ObservedSeries series(String name) {
        ObservedSeries s = SERIES.get(name);
        if (s == null) {
            throw new IllegalArgumentException("no series " + name + " in series.csv");
        }
        return s;
    }

    static double value(String series, String model, String quantity, int step) {
        Double v = VALUES.get(key(series, model, quantity, step));
        if (v == null) {
            throw new IllegalArgumentException("no R value " + key(series, model, quantity, step));
        }
        return v;
    }

    static double value(String series, String model, String quantity) {
        return value(series, model, quantity, 0);
    }

    static boolean has(String series, String model, String quantity) {
        return VALUES.containsKey(key(series, model, quantity, 0));
    }

    private static String key(String series, String model, String quantity, int step) {
        return series + "|" + model + "|" + quantity + "|" + step;
    }

    private static List<String> lines(String resource) {
        try (InputStream in = RReference.class.getResourceAsStream("/forecast/" + resource)) {
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.trim());
                }
            }
            return out.subList(1, out.size()); // header
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, ObservedSeries> readSeries() {
        Map<String, TreeMap<Integer, Double>> points = new LinkedHashMap<>();
        for (String line : lines("series.csv")) {
            String[] f = line.split(",");
            if (f[2].equals("NA")) {
                continue; // a missing year: a gap in the series
            }
            points.computeIfAbsent(f[0], k -> new TreeMap<>()).put(Integer.parseInt(f[1]), Double.parseDouble(f[2]));
        }
        Map<String, ObservedSeries> out = new LinkedHashMap<>();
        points.forEach((name, m) -> out.put(name, new ObservedSeries(name,
                m.keySet().stream().mapToInt(Integer::intValue).toArray(),
                m.values().stream().mapToDouble(Double::doubleValue).toArray())));
        return out;
    }

    private static Map<String, Double> readValues() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String line : lines("r_reference.csv")) {
            String[] f = line.split(",");
            out.put(key(f[0], f[1], f[2], Integer.parseInt(f[3])), Double.parseDouble(f[4]));
        }
        return out;
    }
}
