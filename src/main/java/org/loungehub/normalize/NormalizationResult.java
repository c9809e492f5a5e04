package org.loungehub.normalize;

import java.util.List;
import java.util.Objects;
import org.loungehub.listing.FieldError;
import org.loungehub.listing.Listing;

/** A partner record after normalization: the canonical listing, or every reason the record was rejected. */
public record NormalizationResult(Listing listing, List<FieldError> errors) {

    public NormalizationResult {
        errors = errors == null ? List.of() : List.copyOf(errors);
        if ((listing == null) == errors.isEmpty()) {
            throw new IllegalArgumentException("A result holds either a listing or errors");
        }
    }

    public static NormalizationResult accepted(Listing listing) {
        return new NormalizationResult(Objects.requireNonNull(listing), List.of());
    }

    public static NormalizationResult rejected(List<FieldError> errors) {
        return new NormalizationResult(null, errors);
    }

    public boolean isAccepted() {
        return listing != null;
    }
}
