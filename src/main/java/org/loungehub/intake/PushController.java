package org.loungehub.intake;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import org.apache.camel.ProducerTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The push endpoint. It reads the raw request bytes itself: Camel's servlet binding decodes text bodies through
 * a Reader, which would both buffer and corrupt a GB18030 feed. Once the batch is durable it joins the Camel
 * flow at direct:enqueue-batch, like pulled files do.
 */
@RestController
class PushController {

    private final IntakeReceiver receiver;
    private final ListingDeletion deletion;
    private final ProducerTemplate camel;

    PushController(IntakeReceiver receiver, ListingDeletion deletion, ProducerTemplate camel) {
        this.receiver = receiver;
        this.deletion = deletion;
        this.camel = camel;
    }

    /** Deletion for externalIds that cannot travel in a path segment (URLs, ids with '/'). */
    @DeleteMapping("/api/v1/partners/{partnerId}/listings")
    ResponseEntity<Void> delete(@PathVariable String partnerId, @RequestParam String externalId) {
        deletion.delete(partnerId, externalId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/partners/{partnerId}/listings")
    ResponseEntity<BatchStatus> push(@PathVariable String partnerId,
                                     @RequestParam(required = false) String format,
                                     @RequestParam(required = false) String charset,
                                     @RequestParam(required = false) String name,
                                     @RequestHeader(value = "Content-Type", required = false) String contentType,
                                     HttpServletRequest request) throws IOException {
        BatchStatus batch = receiver.receive(partnerId, format, contentType, charset, name, request.getInputStream());
        camel.sendBody("direct:enqueue-batch", batch);
        return ResponseEntity.accepted().location(URI.create("/api/v1/batches/" + batch.batchId())).body(batch);
    }
}
