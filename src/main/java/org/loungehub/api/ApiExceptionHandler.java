package org.loungehub.api;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The same error policy for the few endpoints served by Spring MVC directly (the streaming push). */
@RestControllerAdvice
class ApiExceptionHandler {

    private final ApiErrors errors;

    ApiExceptionHandler(ApiErrors errors) {
        this.errors = errors;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> handle(Exception e) {
        ApiError error = errors.toError(e, "push");
        return ResponseEntity.status(error.status()).body(error);
    }
}
