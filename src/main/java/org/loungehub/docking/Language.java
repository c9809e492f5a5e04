package org.loungehub.docking;

/** The languages a docking meeting can be held in. */
public enum Language {
    ZH, EN, HE;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
