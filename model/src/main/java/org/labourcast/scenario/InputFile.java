package org.labourcast.scenario;

/** One file a scenario was read from, as the user or an {@code extends} named it, with its bytes' SHA-256. */
public record InputFile(String path, String sha256) {
}
