package org.labourcast.targets;

/**
 * A target and what the projection says of it.
 *
 * @param projected the projected value in the target's year (for cumulative targets: the sum over the years after
 *                  the base year up to the target year)
 */
public record TargetResult(Target target, double projected, boolean met) {
    public String status() {
        return met ? "met" : "not met";
    }
}
