package org.warta.training;

import java.util.List;
import java.util.Set;

/**
 * Writes a list of tokens back as text, with the spacing that Indonesian news uses: no space
 * before closing punctuation or after opening brackets and quotes. Good enough for silver
 * sentence boundaries, which is all it is used for.
 */
final class Detokenizer {

    private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", "!", "?", ";", ":", ")", "]", "}", "%",
            "”", "’", "...", "''");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "“", "‘", "``", "$");

    private Detokenizer() {
    }

    static String join(List<String> tokens) {
        StringBuilder text = new StringBuilder();
        boolean glue = true;
        boolean quoteOpen = false;
        for (String item : tokens) {
            String token = item.strip();
            if (token.isEmpty()) {
                continue;
            }
            boolean space = !glue && !NO_SPACE_BEFORE.contains(token);
            glue = NO_SPACE_AFTER.contains(token);
            if (token.equals("\"")) {
                space = !glue && !quoteOpen;
                glue = !quoteOpen;
                quoteOpen = !quoteOpen;
            }
            if (space) {
                text.append(' ');
            }
            text.append(token);
        }
        return text.toString();
    }
}
