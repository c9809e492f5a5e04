package org.loungehub.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.loungehub.listing.ListingNotFoundException;

class ApiErrorsTest {

    private final ApiErrors errors = new ApiErrors();

    /** A feature the error policy has never heard of. */
    static class NoSuchGadgetException extends ApiProblem {
        NoSuchGadgetException() {
            super(Type.CONFLICT, "The gadget is taken");
        }
    }

    @Test
    void aFeaturesExceptionAnswersWithItsOwnProblemType() {
        assertThat(errors.toError(new NoSuchGadgetException(), "test")).isEqualTo(new ApiError(409, "Conflict", "The gadget is taken"));
        assertThat(errors.toError(new ListingNotFoundException("lounge-desk:x"), "test"))
                .isEqualTo(new ApiError(404, "Not Found", "No listing 'lounge-desk:x'"));
    }

    @Test
    void aProblemWrappedInAnotherExceptionStillAnswers() {
        assertThat(errors.toError(new IllegalStateException("wrapped", new NoSuchGadgetException()), "test").status()).isEqualTo(409);
    }

    @Test
    void badArgumentsAre400AndAnythingElseA500WithoutItsMessage() {
        assertThat(errors.toError(new IllegalArgumentException("size must be at most 100"), "test"))
                .isEqualTo(new ApiError(400, "Bad Request", "size must be at most 100"));
        ApiError internal = errors.toError(new UncheckedIOException("es-node-7:9200 refused", new java.io.IOException()), "test");
        assertThat(internal.status()).isEqualTo(500);
        assertThat(internal.message()).doesNotContain("es-node-7");
    }

    @Test
    void listingIdsNoListingCanHaveAreNotFoundWithoutBeingRepeated() {
        String tooLong = "lounge-desk:" + "页".repeat(200); // 612 bytes in UTF-8, fewer than 512 characters
        assertThat(ListingNotFoundException.possibleId("lounge-desk:t-17")).isEqualTo("lounge-desk:t-17");
        ApiError error = errors.toError(catching(() -> ListingNotFoundException.possibleId(tooLong)), "test");
        assertThat(error.status()).isEqualTo(404);
        assertThat(error.message()).doesNotContain("页");
    }

    private static Exception catching(Runnable action) {
        try {
            action.run();
        } catch (Exception e) {
            return e;
        }
        throw new AssertionError("nothing thrown");
    }
}
