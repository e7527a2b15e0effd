package org.warta.names.rules;

import java.util.ArrayList;
import java.util.List;
import org.warta.names.NameSpan;

/**
 * Names written as a pair: doubles partners and photo credits joined by a slash
 * ("Dimas Aryasatya/Yosafat Sitompul", "Liu/Zhou", "REUTERS/Daniel Kwan") are two names, never one.
 */
final class Pairs {

    private Pairs() {
    }

    /** The parts of {@code name} between its slashes ("Liu / Zhou" is "Liu" and "Zhou"), each with the name's type. */
    static List<NameSpan> split(List<String> tokens, NameSpan name) {
        List<NameSpan> parts = new ArrayList<>(1);
        int from = name.start();
        for (int i = name.start(); i <= name.end(); i++) {
            if (i == name.end() || tokens.get(i).equals("/")) {
                if (i > from) {
                    parts.add(new NameSpan(from, i, name.type()));
                }
                from = i + 1;
            }
        }
        return parts;
    }
}
