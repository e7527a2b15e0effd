package org.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void versionAloneBuildsNoCommandAndStillPrintsTheVersion() {
        assertEquals(Set.of(), subcommandsFor("--version"));
        assertEquals(Set.of(), subcommandsFor("-V"));
        CliRun version = CliRun.of("--version");
        assertEquals(0, version.exitCode(), version.err());
        assertTrue(version.out().startsWith("warta "), version.out());
        assertTrue(version.out().contains("name model id-names.bin: OpenNLP "), version.out());
    }

    @Test
    void helpCompletionAndAnythingElseGetEveryCommand() {
        Set<String> all = Set.copyOf(Warta.COMMANDS);
        assertEquals(all, subcommandsFor());
        assertEquals(all, subcommandsFor("help", "count"));
        assertEquals(all, subcommandsFor("completion"));
        assertEquals(all, subcommandsFor("--version", "count"));
        assertEquals(all, subcommandsFor("no-such-command"));
    }

    @Test
    void theBundledModelIsReadAheadOnlyForANameCommandWithoutModel() {
        assertTrue(Warta.readsBundledModel(new String[] {"count", "seeds"}));
        assertTrue(Warta.readsBundledModel(new String[] {"quotes", "--by", "document", "seeds"}));
        assertFalse(Warta.readsBundledModel(new String[] {"count", "--model", "m.bin", "seeds"}));
        assertFalse(Warta.readsBundledModel(new String[] {"count", "--model=m.bin", "seeds"}));
        assertFalse(Warta.readsBundledModel(new String[] {"tokenize", "seeds"}));
        assertFalse(Warta.readsBundledModel(new String[] {"--version"}));
        assertFalse(Warta.readsBundledModel(new String[0]));
    }

    @Test
    void eachCommandIsListedUnderItsOwnName() {
        Warta.COMMANDS.forEach(name ->
                assertEquals(name, new CommandLine(Warta.command(name)).getCommandName(), "the command listed as " + name));
    }

    /**
     * The commands for which main starts reading the bundled model before it reads the
     * arguments are those with {@code --model} of their own; eval has it only in some of its
     * subcommands, which read the model when they need it.
     */
    @Test
    void theModelIsReadAheadForTheCommandsThatTakeAModel() {
        Warta.COMMANDS.forEach(name -> {
            CommandLine commandLine = new CommandLine(Warta.command(name));
            boolean takesModel = commandLine.getCommandSpec().findOption("--model") != null;
            assertEquals(takesModel, Warta.NAME_COMMANDS.contains(name), name);
        });
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

    @Test
    void wartaAloneIsAUsageErrorWithTheUsageOnStandardError() {
        CliRun run = CliRun.of();
        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("Usage: warta "), run.err());
        assertTrue(run.err().contains("\n  count "), run.err());
    }

    @Test
    void aMisspeltCommandOrOptionGetsWhatWasMeant() {
        CliRun command = CliRun.of("cuont", "seeds");
        assertEquals(2, command.exitCode());
        assertEquals("warta: 'cuont' is not a command of warta", command.errorLines().get(0));
        assertEquals("Did you mean count?", command.errorLines().get(1));
        CliRun option = CliRun.of("count", "--tpye", "PERSON", "seeds");
        assertEquals(2, option.exitCode());
        assertEquals("Did you mean --type?", option.errorLines().get(1));
        assertEquals(List.of("tokens"), Suggestions.closest("tokes", List.of("tokens", "ner")));
        assertEquals(List.of(), Suggestions.closest("frobnicate", List.of("tokens", "ner")));
    }

    @Test
    void choicesIgnoreCaseAndDashJIsThreads() {
        String seed = "seeds/001_dd9851bb1841e3e5.txt";
        CliRun upper = CliRun.of("count", "--by", "Document", "--format", "CSV", "--type", "person", "-j", "1", seed);
        assertEquals(0, upper.exitCode(), upper.err());
        assertEquals(CliRun.of("count", "--by", "document", "--type", "PERSON", seed).out(), upper.out());
    }

    @Test
    void topZeroWritesTheHeaderAloneAndANegativeTopIsRefused() {
        CliRun none = CliRun.of("freq", "--top", "0", "seeds");
        assertEquals(0, none.exitCode(), none.err());
        assertEquals("token,count,documents\r\n", none.out());
        assertEquals(3, CliRun.of("freq", "--top", "2", "seeds").out().split("\r\n").length);
        assertEquals(2, CliRun.of("freq", "--top", "-1", "seeds").exitCode());
    }
}
