package org.warta.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * "Did you mean": the commands or options closest to a misspelt one, by the number of letters
 * typed wrong, left out, added or swapped (picocli's own suggestions find only names that share a
 * start with it, so {@code --tpye} would get none).
 */
final class Suggestions {

    private Suggestions() {
    }

    /** The names closest to the first argument nothing matched, or none when nothing is close. */
    static List<String> of(UnmatchedArgumentException e) {
        if (e.getUnmatched().isEmpty()) {
            return List.of();
        }
        String typed = e.getUnmatched().get(0);
        CommandLine commandLine = e.getCommandLine();
        Collection<String> names = new ArrayList<>();
        if (typed.startsWith("-")) {
            typed = typed.contains("=") ? typed.substring(0, typed.indexOf('=')) : typed;
            for (OptionSpec option : commandLine.getCommandSpec().options()) {
                names.addAll(List.of(option.names()));
            }
        } else {
            names.addAll(commandLine.getSubcommands().keySet());
        }
        return closest(typed, names);
    }

    /** The names at the smallest distance from {@code typed}, if that is at most a third of its length (one at least). */
    static List<String> closest(String typed, Collection<String> names) {
        int allowed = Math.max(1, typed.length() / 3);
        int best = allowed + 1;
        List<String> closest = new ArrayList<>();
        for (String name : names) {
            int distance = distance(typed, name);
            if (distance < best) {
                best = distance;
                closest.clear();
            }
            if (distance == best) {
                closest.add(name);
            }
        }
        return closest;
    }

    /** Edits from {@code a} to {@code b}: letters replaced, inserted, deleted, or two neighbours swapped. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
