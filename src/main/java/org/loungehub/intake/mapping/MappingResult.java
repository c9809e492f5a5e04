package org.loungehub.intake.mapping;

import org.loungehub.listing.FieldError;
import org.loungehub.listing.ListingDraft;

import java.util.List;

/**
 * A record after mapping. The draft is always there (with the fields that could be mapped, for the dead-letter
 * record); errors name what could not be mapped, and a record with errors should not be indexed.
 */
public record MappingResult(ListingDraft draft, List<FieldError> errors) {

    public MappingResult {
        errors = List.copyOf(errors);
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
