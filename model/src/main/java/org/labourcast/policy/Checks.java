package org.labourcast.policy;

import org.labourcast.scenario.labour.Sector;
import org.labourcast.scenario.labour.SectorValues;

/** The rules lever records enforce on construction; each failure is an IllegalArgumentException naming the value. */
final class Checks {
    private Checks() {
    }

    static void info(LeverInfo info, String type) {
        if (info == null || !info.type().equals(type)) {
            throw new IllegalArgumentException("a " + type + " lever needs info of type " + type);
        }
    }

    static void span(Span span) {
        if (span == null) {
            throw new IllegalArgumentException("a lever needs its years (from, to, phase-in)");
        }
    }

    static void share(double v, String what) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(what + " must be between 0 and 1, got " + v);
        }
    }

    static void atLeast(double v, double min, String what) {
        if (!(v >= min) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(what + " must be a finite number of at least " + min + ", got " + v);
        }
    }

    static void above(double v, double min, String what) {
        if (!(v > min) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(what + " must be a finite number greater than " + min + ", got " + v);
        }
    }

    static void within(double v, double min, double max, String what) {
        if (!(v >= min && v <= max)) {
            throw new IllegalArgumentException(what + " must be between " + min + " and " + max + ", got " + v);
        }
    }

    static void sectorShares(SectorValues shares) {
        if (shares == null) {
            throw new IllegalArgumentException("sector shares are required");
        }
        for (Sector s : Sector.values()) {
            share(shares.get(s), s.label() + " share");
        }
        if (Math.abs(shares.sum() - 1) > 0.005) {
            throw new IllegalArgumentException("sector shares must sum to 1, got " + shares.sum());
        }
    }

    /** {@code shares} times {@code total}, one value per sector. */
    static SectorValues split(SectorValues shares, double total) {
        return new SectorValues(shares.primary() * total, shares.secondary() * total, shares.tertiary() * total);
    }
}
