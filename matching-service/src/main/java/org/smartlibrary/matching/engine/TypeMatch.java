package org.smartlibrary.matching.engine;

/** How an offering's type relates to a need's type. */
public enum TypeMatch {
    EXACT,
    RELATED,
    NONE
}
