package org.warta.quotes;

/** How a statement is reported: in the speaker's own words between quotation marks, or retold. */
public enum Kind {
    direct, indirect
}
