package org.warta.names.entities;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.warta.text.WordList;

/**
 * The names Indonesian news gives one country ("China", "Tiongkok", "RRT", "Republik Rakyat
 * China"), from {@code country-names.txt}: one country a line, the displayed name first.
 */
final class CountryNames {

    /** Each name, in lower case, with the country's displayed name. */
    private static final Map<String, String> DISPLAYED = load();

    private CountryNames() {
    }

    private static Map<String, String> load() {
        Map<String, String> displayed = new HashMap<>();
        for (String line : WordList.load(org.warta.names.NameLexicon.class, "country-names.txt")) {
            String[] names = line.split("\\|");
            for (String name : names) {
                String earlier = displayed.put(key(name), names[0].strip());
                if (earlier != null && !earlier.equals(names[0].strip())) {
                    throw new IllegalStateException("country-names.txt gives " + name + " to " + earlier + " and " + names[0]);
                }
            }
        }
        return Map.copyOf(displayed);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** The displayed name of the country {@code name} names, case aside, or null when it names none. */
    static String displayed(String name) {
        return DISPLAYED.get(key(name));
    }
}
