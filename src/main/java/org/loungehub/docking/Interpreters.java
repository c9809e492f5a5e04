package org.loungehub.docking;

/** How many interpreters of a language pair work in each slot (each serves one meeting at a time). */
public record Interpreters(LanguagePair pair, int perSlot) {

    public Interpreters {
        if (perSlot < 0) {
            throw new IllegalArgumentException("negative interpreters for " + pair);
        }
    }
}
