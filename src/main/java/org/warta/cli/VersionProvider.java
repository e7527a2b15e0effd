package org.warta.cli;

import java.io.IOException;
import java.time.Instant;
import java.util.Objects;
import java.util.Properties;
import org.warta.names.model.NameFinder;
import picocli.CommandLine.IVersionProvider;

/**
 * The version from the jar's manifest, which Maven fills in from the pom, and the bundled name
 * model's: read from the model's own manifest, without loading the model.
 */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Objects.requireNonNullElse(Warta.class.getPackage().getImplementationVersion(), "development");
        return new String[] {"warta " + version, "name model " + NameFinder.BUNDLED_MODEL + ": " + nameModel(),
            "tokens and sentences: warta's rules (OpenNLP models id-tokens.bin, id-sentences.bin for eval tokens --engine opennlp)",
            "Java " + System.getProperty("java.version")};
    }

    private static String nameModel() {
        try {
            Properties manifest = NameFinder.bundledManifest();
            if (manifest.isEmpty()) {
                return "no manifest";
            }
            return "OpenNLP " + manifest.getProperty("OpenNLP-Version") + ", trained "
                    + Instant.ofEpochMilli(Long.parseLong(manifest.getProperty("Timestamp"))).toString().substring(0, 10)
                    + " by warta train names";
        } catch (IOException | RuntimeException e) {
            return "unreadable (" + e.getMessage() + ")";
        }
    }
}
