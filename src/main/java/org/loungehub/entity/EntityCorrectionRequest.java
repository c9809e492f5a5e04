package org.loungehub.entity;

/** Body of PUT /api/v1/listings/{id}/entity. */
public record EntityCorrectionRequest(String entityId, String reason) {
}
