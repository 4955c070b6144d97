package org.labourcast.cli;

import picocli.CommandLine;

/**
 * The version, from the API jar's manifest (Implementation-Version), "dev" when run from classes: one source, so the
 * command line and the Java API stamp the same version on manifests and charts.
 */
final class Version implements CommandLine.IVersionProvider {
    static String current() {
        return org.labourcast.api.Labourcast.version();
    }

    @Override
    public String[] getVersion() {
        return new String[] {"labourcast " + current()};
    }
}
