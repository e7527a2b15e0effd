package org.warta.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The help and the man pages read as prose: whole sentences, examples under their heading, nothing of the build machine. */
class HelpTextTest {

    @TempDir
    Path dir;

    private static List<CommandLine> allCommands(CommandLine command) {
        List<CommandLine> all = new ArrayList<>(List.of(command));
        command.getSubcommands().values().forEach(sub -> all.addAll(allCommands(sub)));
        return all;
    }

    /** picocli prints each element of a description on a line of its own: an element must not end mid-sentence. */
    @Test
    void noDescriptionLineBreaksMidSentence() {
        for (CommandLine command : allCommands(Warta.commandLine(InputStream::nullInputStream, OutputStream::nullOutputStream))) {
            for (String description : command.getCommandSpec().usageMessage().description()) {
                String line = description.replace("%n", "").stripTrailing();
                boolean listItem = line.startsWith("  ");
                assertTrue(listItem || line.endsWith(".") || line.endsWith(":"),
                        command.getCommandName() + ": a line that breaks mid-sentence: " + line);
            }
        }
    }

    @Test
    void manPagesHaveAnExamplesSectionAndNothingOfTheBuildMachine() throws IOException {
        ManualPages.main(new String[] {dir.toString()});
        String count = Files.readString(dir.resolve("warta-count.adoc"));
        assertTrue(count.contains("== Examples\n"), "no EXAMPLES section in warta-count.adoc");
        assertTrue(count.contains("warta count seeds"), count);
        String processors = Runtime.getRuntime().availableProcessors() + " here";
        assertFalse(count.contains(processors), "the build machine's processor count: " + processors);
        assertTrue(count.contains("default: the number of processors"), count);
    }
}
