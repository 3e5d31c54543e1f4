package dev.pmw.cli;

import picocli.CommandLine.IVersionProvider;

/// Version from the jar manifest (set by the build), or "dev" when run from classes.
public final class Version implements IVersionProvider {
    public static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"pmw " + current() + " (Java " + Runtime.version() + ")"};
    }
}
