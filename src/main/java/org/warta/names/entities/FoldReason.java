package org.warta.names.entities;

/** Why a name counts for another entity across a corpus, as {@code warta aliases} names it. */
public enum FoldReason {
    /** The same name in other capitals: "JAKARTA" of a dateline for "Jakarta". */
    CASE("case"),
    /** The name with an administrative prefix: "Kota Nanping" for "Nanping". */
    PREFIX("prefix"),
    /** Another name of one country: "Tiongkok" for "China", "AS" for "Amerika Serikat". */
    COUNTRY("country"),
    /** A body's short form that a document gives in brackets: "KPU" for "Komisi Pemilihan Umum". */
    ACRONYM("acronym"),
    /** A person's nickname that a document gives in brackets: "Jokowi" for "Joko Widodo". */
    NICKNAME("nickname"),
    /** Part of the one full name of the corpus that holds every word of it: "Xi" for "Xi Jinping". */
    SHORT_NAME("short name"),
    /** A person's name with the name of a body or place before or after it: "Golkar Setya Novanto" for "Setya Novanto". */
    BODY("body"),
    /** A row of the aliases file the user gave. */
    FILE("aliases file");

    private final String label;

    FoldReason(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
