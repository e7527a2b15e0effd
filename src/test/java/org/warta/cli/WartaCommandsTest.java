package org.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class WartaCommandsTest {

    private static Set<String> subcommandsFor(String... args) {
        return Warta.commandLine(InputStream::nullInputStream, OutputStream::nullOutputStream, args)
                .getSubcommands().keySet();
    }

    @Test
    void aRunThatNamesItsCommandBuildsThatCommandAlone() {
        assertEquals(Set.of("tokenize"), subcommandsFor("tokenize", "seeds"));
        assertEquals(Set.of("count"), subcommandsFor("count", "--help"));
    }

    @Test
    void helpCompletionAndAnythingElseGetEveryCommand() {
        Set<String> all = Warta.COMMANDS.keySet();
        assertEquals(all, subcommandsFor());
        assertEquals(all, subcommandsFor("help", "count"));
        assertEquals(all, subcommandsFor("completion"));
        assertEquals(all, subcommandsFor("--version"));
        assertEquals(all, subcommandsFor("no-such-command"));
    }

    @Test
    void eachCommandIsListedUnderItsOwnName() {
        Warta.COMMANDS.forEach((name, command) ->
                assertEquals(name, new CommandLine(command.get()).getCommandName(), "the command listed as " + name));
    }

    @Test
    void usageListsEveryCommandAndHelpExplainsOne() {
        CliRun usage = CliRun.of("--help");
        assertEquals(0, usage.exitCode());
        for (String name : List.of("tokenize", "count", "mentions", "cooccur", "freq", "summary", "bench", "help")) {
            assertTrue(usage.out().contains("\n  " + name + " "), name + " in\n" + usage.out());
        }
        CliRun help = CliRun.of("help", "count");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().startsWith("Usage: warta count "), help.out());
        CliRun unknown = CliRun.of("counts", "seeds");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("'counts'"), unknown.err());
    }
}
