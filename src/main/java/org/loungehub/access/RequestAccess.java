package org.loungehub.access;

import java.util.Optional;
import java.util.function.Supplier;
import org.loungehub.intake.BatchQueries;
import org.loungehub.intake.BatchStatus;
import org.loungehub.intake.UnknownBatchException;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

/** The access matrix ({@link AccessRules}) as Spring Security's decision for every request that is not public. */
@Component
class RequestAccess implements AuthorizationManager<RequestAuthorizationContext> {

    private final AccessRules rules;

    RequestAccess(BatchQueries batches) {
        this.rules = new AccessRules(batchId -> {
            try {
                return Optional.of(batches.status(batchId)).map(BatchStatus::partnerId);
            } catch (UnknownBatchException e) {
                return Optional.empty();
            }
        });
    }

    @Override
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        if (!(authentication.get() instanceof CallerAuthentication caller)) {
            return new Denied("Send an API key: 'X-Api-Key: <key>' or 'Authorization: ApiKey <key>'");
        }
        var request = context.getRequest();
        AccessRules.Access access = rules.decide(caller.getPrincipal(), request.getMethod(), request.getRequestURI());
        return access.granted() ? new AuthorizationDecision(true) : new Denied(access.reason());
    }

    /** A refusal that says why. */
    static final class Denied extends AuthorizationDecision {
        private final String reason;

        Denied(String reason) {
            super(false);
            this.reason = reason;
        }

        String reason() {
            return reason;
        }
    }
}
