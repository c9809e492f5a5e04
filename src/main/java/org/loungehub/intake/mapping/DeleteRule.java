package org.loungehub.intake.mapping;

import java.util.Map;
import java.util.Set;

/**
 * {@code deleteWhen: {field: status, equals: [deleted, withdrawn]}}: a record whose field has one of these values
 * (ignoring case and surrounding blanks) withdraws the listing with its externalId.
 */
public record DeleteRule(Expression field, Set<String> values) {

    public boolean matches(Map<String, Object> record) {
        Object value = field.evaluate(record);
        return value != null && Values.strings(value).stream()
                .map(String::strip)
                .anyMatch(v -> values.stream().anyMatch(v::equalsIgnoreCase));
    }
}
