package org.labourcast.scenario;

import org.labourcast.Bilingual;

/**
 * The region a scenario models.
 *
 * @param code administrative division code as written (kept as text: "511100", or any label)
 */
public record Region(Bilingual name, String code, String source) {
}
