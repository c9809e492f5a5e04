package org.loungehub.intake;

import org.loungehub.api.ApiProblem;
import org.springframework.util.unit.DataSize;

/** A push larger than hub.intake.max-payload. */
public class PayloadTooLargeException extends ApiProblem {
    public PayloadTooLargeException(long limit) {
        super(Type.PAYLOAD_TOO_LARGE, "The feed is larger than the limit of " + DataSize.ofBytes(limit).toMegabytes()
                + " MB: split it into several pushes, or ask the hub's operators to raise HUB_INTAKE_MAX_PAYLOAD");
    }
}
