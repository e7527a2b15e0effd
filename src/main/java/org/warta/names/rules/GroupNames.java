package org.warta.names.rules;

import java.util.List;
import java.util.Set;
import org.warta.names.EntityType;
import org.warta.names.NameLexicon;
import org.warta.names.NameSpan;
import org.warta.names.Words;
import org.warta.text.WordList;

/**
 * A name right after a noun for a group in lower case is the group's ("kelompok Al-Qaeda",
 * "band Senandika", "maskapai Air Mauritania"): the finder takes such a name, unknown to it and
 * shaped like a person's, for a person. A name that starts with an acronym is left alone: there
 * a body's short form comes first and its officer's name may follow ("kader PKS Mardani Ali Sera").
 * So is a person's full name, which such a noun may own ("perusahaan Steve Jobs").
 */
final class GroupNames {

    private static final Set<String> GROUP_NOUNS = WordList.load(NameLexicon.class, "group-nouns.txt");

    private GroupNames() {
    }

    static void apply(Words tokens, List<NameSpan> names) {
        names.replaceAll(name -> name.type() == EntityType.PERSON && name.start() > 0
                && GROUP_NOUNS.contains(tokens.get(name.start() - 1)) && !NameRules.isAcronym(tokens.get(name.start()))
                && !isFullName(tokens, name)
                ? new NameSpan(name.start(), name.end(), EntityType.ORGANIZATION) : name);
    }

    /**
     * A name of two words or more that starts with a word news never writes in lower case is a
     * person's full name even there: the group's founder or owner ("perusahaan Steve Jobs", "klub
     * Mike Ashley"), where a group's own name starts with a common word ("maskapai Air Mauritania").
     */
    private static boolean isFullName(Words tokens, NameSpan name) {
        return name.end() - name.start() > 1 && NameRules.isUncommonName(tokens.get(name.start()));
    }
}
