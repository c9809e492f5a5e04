package org.loungehub.intake;

import java.nio.charset.Charset;
import java.util.Optional;
import org.loungehub.intake.format.FeedFormat;
import org.loungehub.intake.format.ReaderOptions;
import org.loungehub.intake.mapping.PartnerConfig;

/** How a batch is read: the partner's configuration, overridden by what the sender declared with the batch. */
final class IntakeOptions {

    private IntakeOptions() {
    }

    static ReaderOptions readerOptions(PartnerConfig partner, BatchStatus batch) {
        ReaderOptions options = partner.readerOptions();
        return batch.charset() == null ? options : options.withCharset(Charset.forName(batch.charset()));
    }

    static Optional<FeedFormat> defaultFormat(PartnerConfig partner) {
        return Optional.ofNullable(partner.format());
    }
}
