package org.loungehub.intake;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Intake limits and storage.
 *
 * @param inbox where accepted batches are kept until processed (and afterwards, for audit and replay)
 * @param maxPayload the largest feed one push may send
 * @param maxRecords the most records one batch may hold; records past it are rejected
 * @param chunkSize listings per bulk request (the unit of progress and of the resume checkpoint)
 * @param bulkBytes the most one bulk request carries, counted as the JSON sent (a larger single listing goes alone;
 *        Elasticsearch refuses requests over its http.max_content_length, 100 MB by default)
 * @param resumeAfter how long a batch that outlasted its retries (failure.FailurePolicy) waits before it is taken up
 *        again at its checkpoint; the lane serves other batches and erasures meanwhile
 * @param maxErrorsInStatus how many rejections, and how many warnings, a batch's status lists (all rejected records
 *        are in its dead letters)
 */
@ConfigurationProperties("hub.intake")
public record IntakeProperties(
        @DefaultValue("var/inbox") Path inbox,
        @DefaultValue("1GB") DataSize maxPayload,
        @DefaultValue("2000000") long maxRecords,
        @DefaultValue("500") int chunkSize,
        @DefaultValue("5MB") DataSize bulkBytes,
        @DefaultValue("30s") Duration resumeAfter,
        @DefaultValue("1000") int maxErrorsInStatus) {
}
