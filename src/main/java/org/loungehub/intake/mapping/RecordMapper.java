package org.loungehub.intake.mapping;

import org.loungehub.intake.format.RawRecord;
import org.loungehub.listing.CanonicalFields;
import org.loungehub.listing.FieldError;
import org.loungehub.listing.ListingDraft;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Moves a partner record's values to canonical fields as its configuration says. It only moves and reshapes:
 * checking values (countries, industries, lengths) is the normalizer's job.
 * <ul>
 *   <li>a canonical field with a mapping takes the mapping's value;</li>
 *   <li>one without takes the record's own key of the same name, so canonical JSON needs no mapping;</li>
 *   <li>a blank result takes the partner's default;</li>
 *   <li>a record matching {@code deleteWhen} gets {@code deleted: "true"}.</li>
 * </ul>
 */
@Component
public class RecordMapper {

    /** The pass-through mapping of every canonical field: its own name as a path. */
    private static final Map<String, Expression> PASS_THROUGH = passThrough();

    public MappingResult map(PartnerConfig partner, RawRecord record, String batchId, String format) {
        Map<String, Object> original = Collections.unmodifiableMap(record.fields());
        if (record.failed()) {
            ListingDraft draft = new ListingDraft(partner.id(), batchId, record.number(), format, original, Map.of());
            return new MappingResult(draft, List.of(new FieldError(record.number(), "record", record.error())));
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (String field : CanonicalFields.ALL) {
            Expression expression = partner.fields().getOrDefault(field, PASS_THROUGH.get(field));
            Object value;
            try {
                value = expression.evaluate(record.fields());
            } catch (ExpressionException e) {
                errors.add(new FieldError(record.number(), field, e.getMessage()));
                continue;
            }
            if (Expression.isBlank(value)) {
                value = partner.defaults().get(field);
            }
            if (!Expression.isBlank(value)) {
                fields.put(field, value);
            }
        }
        if (partner.deleteWhen() != null) {
            try {
                if (partner.deleteWhen().matches(record.fields())) {
                    fields.put(CanonicalFields.DELETED, "true");
                }
            } catch (ExpressionException e) {
                errors.add(new FieldError(record.number(), CanonicalFields.DELETED, e.getMessage()));
            }
        }
        ListingDraft draft = new ListingDraft(partner.id(), batchId, record.number(), format, original,
                Collections.unmodifiableMap(fields));
        return new MappingResult(draft, errors);
    }

    private static Map<String, Expression> passThrough() {
        Map<String, Expression> paths = new LinkedHashMap<>();
        for (String field : CanonicalFields.ALL) {
            paths.put(field, ExpressionParser.parsePath(field));
        }
        return Map.copyOf(paths);
    }
}
