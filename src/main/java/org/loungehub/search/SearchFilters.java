package org.loungehub.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.loungehub.listing.ListingFields;
import org.springframework.stereotype.Component;

/** Exact-value filters shared by search and matching; they narrow results without changing scores. */
@Component
public class SearchFilters {

    List<Query> of(SearchQuery query) {
        List<Query> filters = new ArrayList<>();
        term(filters, ListingFields.KIND, query.kind());
        term(filters, ListingFields.SIDE, query.side());
        term(filters, ListingFields.COUNTRY, query.country());
        term(filters, ListingFields.LANGUAGE, query.language());
        term(filters, ListingFields.PARTNER_ID, query.partner());
        if (query.industry() != null) {
            filters.add(industry(List.of(query.industry())));
        }
        return filters;
    }

    /** An industry is a cluster id (ai, medicine-medical-devices) or an ISIC code; either matches. */
    public Query industry(Collection<String> values) {
        List<FieldValue> terms = values.stream().map(FieldValue::of).toList();
        return Query.of(q -> q.bool(b -> b.minimumShouldMatch("1")
                .should(s -> s.terms(t -> t.field(ListingFields.INDUSTRY_CLUSTERS).terms(v -> v.value(terms))))
                .should(s -> s.terms(t -> t.field(ListingFields.INDUSTRIES).terms(v -> v.value(terms))))));
    }

    public Query anyOf(String field, Collection<String> values) {
        List<FieldValue> terms = values.stream().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(terms))));
    }

    private static void term(List<Query> filters, String field, String value) {
        if (value != null) {
            filters.add(Query.of(q -> q.term(t -> t.field(field).value(value))));
        }
    }
}
