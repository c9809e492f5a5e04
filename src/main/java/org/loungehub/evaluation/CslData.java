package org.loungehub.evaluation;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.loungehub.intake.format.FeedFormat;
import org.loungehub.intake.format.RawRecord;
import org.loungehub.intake.format.ReaderOptions;
import org.loungehub.intake.format.RecordReader;
import org.loungehub.intake.format.RecordReaders;

/** Reads the CSL technology offers as published (csl-tech-offers/offers-gb18030.csv in the shared data). */
final class CslData {

    static final String FOLDER = "csl-tech-offers";

    private CslData() {
    }

    /** @param keywords 关键词 split at ';' (ASCII or full-width), trimmed; @param discipline 学科领域 */
    record Offer(String id, String title, String summary, List<String> keywords, String discipline) {
    }

    /** Every offer with an id, a title, an abstract and a discipline, in file order. */
    static List<Offer> offers(Path data) throws IOException {
        List<Offer> offers = new ArrayList<>();
        try (RecordReader reader = new RecordReaders().open(
                Files.newInputStream(DataFiles.require(data, FOLDER, "offers-gb18030.csv")), FeedFormat.CSV,
                ReaderOptions.defaults().withCharset(Charset.forName("GB18030")))) {
            while (reader.hasNext()) {
                RawRecord row = reader.next();
                String id = DataFiles.field(row, "成果编号");
                String title = DataFiles.field(row, "成果名称");
                String summary = DataFiles.field(row, "成果简介");
                String discipline = DataFiles.field(row, "学科领域");
                if (row.failed() || id == null || title == null || summary == null || discipline == null) {
                    continue;
                }
                String keywords = DataFiles.field(row, "关键词");
                offers.add(new Offer(id, title, summary, keywords == null ? List.of()
                        : Arrays.stream(keywords.split("[;；]")).map(String::strip).filter(k -> !k.isEmpty()).toList(),
                        discipline));
            }
        }
        return offers;
    }
}
