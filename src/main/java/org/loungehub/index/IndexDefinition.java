package org.loungehub.index;

/**
 * One logical index of the hub: an alias in front of versioned concrete indices (alias-v1, alias-v2, ...) that
 * share an index template loaded from infra/elasticsearch/templates/{name}.json.
 *
 * @param name the logical name ("listings"), also the template file name
 * @param alias the alias clients read and write, with the configured prefix
 * @param templateVersion the template file's "version": a mapping change bumps it and calls for a reindex
 * @param template the template file's JSON
 * @param currentFilter the query (JSON) behind the "-current" alias, from the template's _meta.current_alias_filter;
 *        null when the index has no such alias
 * @param inPlaceFrom the oldest template version whose indices take this version's mappings in place, from the
 *        template's _meta.in_place_from: the changes since then only add fields (no analyzer or type changes), so
 *        no reindex is needed; the template version itself when absent (every older index needs a reindex)
 */
public record IndexDefinition(String name, String alias, long templateVersion, String template, String currentFilter,
                              long inPlaceFrom) {

    public IndexDefinition(String name, String alias, long templateVersion, String template, String currentFilter) {
        this(name, alias, templateVersion, template, currentFilter, templateVersion);
    }

    /** A filtered alias for searches: listings past their validUntil drop out of it without being deleted. */
    public String currentAlias() {
        return alias + "-current";
    }

    public String templateName() {
        return alias;
    }

    public String pattern() {
        return alias + "-v*";
    }

    public String concrete(int generation) {
        return alias + "-v" + generation;
    }

    /** The generation of a concrete index of this alias (listings-v3 → 3), or 0 when it is not one of ours. */
    public int generationOf(String index) {
        String prefix = alias + "-v";
        if (!index.startsWith(prefix)) {
            return 0;
        }
        try {
            return Integer.parseInt(index.substring(prefix.length()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
