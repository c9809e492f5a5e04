package org.loungehub.listing;

import java.util.Map;

/** Where a listing came from, kept for audit: the partner's original record as it arrived. */
public record SourceInfo(String partnerId, String batchId, long recordNumber, String format, Map<String, Object> original) {
}
