package org.loungehub.listing;

import java.time.Instant;

/**
 * What the intake needs to know of a stored listing before writing it again: the version to make the write
 * conditional on, the content hash (same hash: unchanged) and the partner's updatedAt (older record: not written).
 *
 * @param updatedAt null when absent or not an instant
 */
public record StoredVersion(String id, long seqNo, long primaryTerm, String contentHash, Instant updatedAt) {
}
