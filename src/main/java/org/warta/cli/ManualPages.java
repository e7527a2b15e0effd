package org.warta.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Writes the AsciiDoc sources of warta's man pages, one a command, into the folder its argument
 * names. Run by the build (pom.xml), with picocli-codegen on the class path; not part of the tool.
 * picocli's own generator takes a class and would see no subcommands, since warta adds them in
 * code; this hands it the whole command line instead.
 */
public final class ManualPages {

    private ManualPages() {
    }

    public static void main(String[] args) throws IOException {
        var warta = Warta.commandLine(InputStream::nullInputStream, OutputStream::nullOutputStream);
        examplesUnderTheirOwnHeading(warta);
        int exitCode = ManPageGenerator.generateManPage(new File(args[0]), null, new boolean[0], true,
                warta.getCommandSpec());
        if (exitCode != 0) {
            throw new IOException("the man page generator ended with exit code " + exitCode);
        }
    }

    /**
     * picocli's generator writes a footer into a man page only under a heading of its own, so a
     * footer that starts "Examples:" becomes the EXAMPLES section, here and in every subcommand.
     */
    private static void examplesUnderTheirOwnHeading(CommandLine command) {
        UsageMessageSpec usage = command.getCommandSpec().usageMessage();
        String[] footer = usage.footer();
        if (footer.length > 0 && footer[0].matches("(%n)?Examples?:")) {
            usage.footerHeading("Examples");
            usage.footer(Arrays.copyOfRange(footer, 1, footer.length));
        }
        command.getSubcommands().values().forEach(ManualPages::examplesUnderTheirOwnHeading);
    }
}
