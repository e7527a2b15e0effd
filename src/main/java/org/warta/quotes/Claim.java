package org.warta.quotes;

/**
 * A statement as the rules find it, before pronouns are resolved: its words in [start, end) of
 * the text, the token of the word that attributes it, and whom that attribution names.
 */
record Claim(int start, int end, int cueToken, String cue, Kind kind, Reference who) {
}
