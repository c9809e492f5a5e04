package org.loungehub.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The servlet container's error page (server.error.path): failures that escape Spring MVC and the routes get the
 * API's JSON error, never Spring Boot's HTML "Whitelabel" page.
 */
@RestController
class ApiErrorController implements ErrorController {

    private final ApiErrors errors;

    ApiErrorController(ApiErrors errors) {
        this.errors = errors;
    }

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ApiError> error(HttpServletRequest request, HttpServletResponse response) {
        ApiError error;
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Exception e) {
            error = errors.toError(e, String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)));
        } else {
            Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
            error = ApiErrors.forStatus(status instanceof Integer code ? code
                    : response.getStatus() >= 400 ? response.getStatus() : 500);
        }
        return ResponseEntity.status(error.status()).contentType(MediaType.APPLICATION_JSON).body(error);
    }
}
