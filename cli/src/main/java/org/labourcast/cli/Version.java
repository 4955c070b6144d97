package org.labourcast.cli;

import picocli.CommandLine;

/** Version from the jar manifest (Implementation-Version), "dev" when run from classes. */
final class Version implements CommandLine.IVersionProvider {
    static String current() {
        String v = Labourcast.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"labourcast " + current()};
    }
}
