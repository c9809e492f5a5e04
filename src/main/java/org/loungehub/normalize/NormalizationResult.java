package org.loungehub.normalize;

import java.util.List;
import java.util.Objects;
import org.loungehub.listing.FieldError;
import org.loungehub.listing.FieldWarning;
import org.loungehub.listing.Listing;

/**
 * A partner record after normalization: the canonical listing with the optional fields it was indexed without
 * (warnings), or every reason the record was rejected.
 */
public record NormalizationResult(Listing listing, List<FieldError> errors, List<FieldWarning> warnings) {

    public NormalizationResult {
        errors = errors == null ? List.of() : List.copyOf(errors);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        if ((listing == null) == errors.isEmpty()) {
            throw new IllegalArgumentException("A result holds either a listing or errors");
        }
    }

    public static NormalizationResult accepted(Listing listing) {
        return accepted(listing, List.of());
    }

    public static NormalizationResult accepted(Listing listing, List<FieldWarning> warnings) {
        return new NormalizationResult(Objects.requireNonNull(listing), List.of(), warnings);
    }

    /** Every problem of the record, the droppable ones included: the partner fixes them all at once. */
    public static NormalizationResult rejected(List<FieldError> errors) {
        return new NormalizationResult(null, errors, List.of());
    }

    public boolean isAccepted() {
        return listing != null;
    }
}
