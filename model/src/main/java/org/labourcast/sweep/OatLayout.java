package org.labourcast.sweep;

import org.labourcast.sweep.definition.ParameterValue;

/**
 * Where a one-at-a-time analysis finds its points for one parameter: indices into the sweep's points, with the
 * parameter at its baseline, low, high and baseline × (1 ∓ δ) values and every other parameter at its baseline.
 * Immutable.
 */
public record OatLayout(String parameter, ParameterValue baseline, int lowPoint, int highPoint, int minusPoint,
                        int plusPoint) {
}
