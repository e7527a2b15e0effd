package org.warta.cli;

import java.util.Objects;
import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, which Maven fills in from the pom. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Objects.requireNonNullElse(Warta.class.getPackage().getImplementationVersion(), "development");
        return new String[] {"warta " + version, "Java " + System.getProperty("java.version")};
    }
}
