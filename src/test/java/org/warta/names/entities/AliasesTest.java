package org.warta.names.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class AliasesTest {

    private static Aliases read(String csv) throws IOException {
        return Aliases.read(new StringReader(csv));
    }

    /** The reason a file is refused, as it follows the file's name on the error line. */
    private static String refusal(String csv) {
        return assertThrows(IOException.class, () -> read(csv)).getMessage();
    }

    @Test
    void mapsAliasesIgnoringCaseWithCrLfBlankLinesAndTheSameRowTwice() throws IOException {
        Aliases aliases = read("alias,entity\r\nJokowi,Joko Widodo\r\n\r\n Sergey Lavrov , Sergei Lavrov\r\n"
                + "jokowi,Joko Widodo\r\nJoko Widodo,Joko Widodo\r\n");
        assertEquals("Joko Widodo", aliases.canonical("JOKOWI", "?"));
        assertEquals("Sergei Lavrov", aliases.canonical("sergey lavrov", "?"));
        assertEquals("Joko Widodo", aliases.canonical("Joko Widodo", "?"));
        assertEquals("Prabowo", aliases.canonical("Prabowo", "Prabowo"));
    }

    @Test
    void aFileWithoutTheHeaderIsRefused() {
        assertEquals("line 1: the first line must be the header alias,entity (it is Jokowi,Joko Widodo)",
                refusal("Jokowi,Joko Widodo\n"));
        assertEquals("line 2: the first line must be the header alias,entity (it is nama,tokoh)",
                refusal("\nnama,tokoh\nJokowi,Joko Widodo\n"));
        assertEquals("line 1: the file is empty; it needs the header alias,entity", refusal(""));
    }

    @Test
    void aMissingOrEmptyCellIsRefusedWithItsLine() {
        assertEquals("line 3: the entity is missing", refusal("alias,entity\nJokowi,Joko Widodo\nSBY\n"));
        assertEquals("line 2: the entity is missing", refusal("alias,entity\nJokowi,\n"));
        assertEquals("line 2: the alias is missing", refusal("alias,entity\n ,Joko Widodo\n"));
    }

    @Test
    void oneAliasForTwoEntitiesIsRefused() {
        assertEquals("line 5: the alias jokowi is given the entity Joko Anwar, but line 2 gave it Joko Widodo",
                refusal("alias,entity\nJokowi,Joko Widodo\n\"Pak\nDe\",Joko Widodo\njokowi,Joko Anwar\n"));
    }

    @Test
    void anEntityThatIsItselfAnAliasIsRefused() {
        assertEquals("line 2: the entity Jokowi is itself an alias, of Joko Widodo (line 3); give Joko Widodo here",
                refusal("alias,entity\nPakde,Jokowi\nJokowi,Joko Widodo\n"));
    }
}
