package org.loungehub.concept;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.loungehub.concept.ConceptRetagStatus.Run;
import org.loungehub.concept.TaggedListing.Retag;
import org.loungehub.taxonomy.Taxonomy;

/** The run loop over an in-memory index: pages, what it writes and leaves alone, conflicts, refusals, restarts. */
class ConceptRetaggerTest {

    private static final Taxonomy TAXONOMY = new Taxonomy();
    private static final ListingConcepts TAGGER = new ListingConcepts(new ConceptVocabulary(TAXONOMY, Map.of("test.tsv",
            "id\tbroader\tzh\ten\the\nradar\tiot\t雷达\tradar\t\nlidar\tiot\t激光雷达\tlidar\t\n")), TAXONOMY);

    private final Index index = new Index();

    private ConceptRetagger retagger(int pageSize) {
        RetagProperties properties = new RetagProperties(true, Duration.ofSeconds(10), pageSize);
        ConceptRetagStatus status = new ConceptRetagStatus(TAGGER, new ConceptVocabulary(TAXONOMY, Map.of()), index,
                properties, Clock.systemUTC(), new SimpleMeterRegistry());
        return new ConceptRetagger(TAGGER, index, status, properties);
    }

    @Test
    void reTagsEveryListingUnderAnotherVersionPageByPageAndLeavesUpToDateOnesAlone() throws Exception {
        for (int i = 0; i < 7; i++) {
            index.put("p:old-" + i, "radar " + i, List.of(), "an-older-version");
        }
        index.put("p:unversioned", "lidar", List.of("iot", "lidar"), null);
        index.put("p:current-1", "radar", List.of("iot", "radar"), TAGGER.version());
        index.put("p:current-2", "lidar", List.of("iot", "lidar"), TAGGER.version());

        Run run = retagger(3).run();

        assertThat(run.retagged()).isEqualTo(8);
        assertThat(run.changed()).as("the unversioned listing had the right concepts already").isEqualTo(7);
        assertThat(index.pagesRead).isEqualTo(3);
        assertThat(index.docs.values()).allSatisfy(doc -> assertThat(doc.version).isEqualTo(TAGGER.version()));
        assertThat(index.docs.get("p:old-3").concepts).containsExactly("iot", "radar");
        assertThat(index.written).doesNotContain("p:current-1", "p:current-2");
        assertThat(index.refreshes).isEqualTo(1);

        index.written.clear();
        Run again = retagger(3).run();
        assertThat(again.retagged()).isZero();
        assertThat(index.written).isEmpty();
    }

    @Test
    void aListingWrittenMeanwhileIsLeftForTheNextRunWhichFindsOnlyWhatIsLeft() throws Exception {
        index.put("p:a", "radar", List.of(), "old");
        index.put("p:b", "radar", List.of(), "old");
        index.beforeWrite = docs -> docs.get("p:b").seqNo++; // the embedding backfill wrote its vector meanwhile

        Run first = retagger(10).run();

        assertThat(first.retagged()).isEqualTo(1);
        assertThat(first.conflicts()).isEqualTo(1);
        assertThat(first.changed()).as("only what was written counts").isEqualTo(1);
        assertThat(index.docs.get("p:b").version).isEqualTo("old");

        index.beforeWrite = docs -> { };
        Run second = retagger(10).run();
        assertThat(second.retagged()).isEqualTo(1);
        assertThat(index.docs.get("p:b").version).isEqualTo(TAGGER.version());
    }

    @Test
    void stopsTheRunWhenEveryReTagOfAPageIsRefused() {
        index.put("p:a", "radar", List.of(), "old");
        index.refuse = "strict_dynamic_mapping_exception: mapping set to strict, dynamic introduction of [conceptsVersion]";

        assertThatThrownBy(() -> retagger(10).run()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("strict_dynamic_mapping_exception");
    }

    /** Listings by id, each with its texts, concepts, version and seq_no; searches see writes at once. */
    private static final class Index implements TaggedListings {

        static final class Doc {
            final String title;
            List<String> concepts;
            String version;
            long seqNo = 1;

            Doc(String title, List<String> concepts, String version) {
                this.title = title;
                this.concepts = concepts;
                this.version = version;
            }
        }

        final Map<String, Doc> docs = new TreeMap<>();
        final List<String> written = new ArrayList<>();
        Consumer<Map<String, Doc>> beforeWrite = docs -> { };
        String refuse;
        int pagesRead;
        int refreshes;

        void put(String id, String title, List<String> concepts, String version) {
            docs.put(id, new Doc(title, concepts, version));
        }

        @Override
        public List<TaggedListing> stale(String version, String afterId, int size) {
            pagesRead++;
            List<TaggedListing> page = new ArrayList<>();
            docs.forEach((id, doc) -> {
                if (!version.equals(doc.version) && (afterId == null || id.compareTo(afterId) > 0) && page.size() < size) {
                    Map<String, Object> source = new HashMap<>();
                    source.put("title", doc.title);
                    source.put("concepts", doc.concepts);
                    source.put("conceptsVersion", doc.version);
                    page.add(TaggedListing.of(id, doc.seqNo, 1, source));
                }
            });
            return page;
        }

        @Override
        public long countStale(String version) {
            return docs.values().stream().filter(doc -> !version.equals(doc.version)).count();
        }

        @Override
        public Written write(List<Retag> retags) {
            beforeWrite.accept(docs);
            int updated = 0;
            Set<String> conflicted = new HashSet<>();
            Map<String, String> failed = new LinkedHashMap<>();
            for (Retag retag : retags) {
                String id = retag.listing().id();
                Doc doc = docs.get(id);
                if (refuse != null) {
                    failed.put(id, refuse);
                } else if (doc.seqNo != retag.listing().seqNo()) {
                    conflicted.add(id);
                } else {
                    doc.concepts = retag.concepts();
                    doc.version = retag.version();
                    doc.seqNo++;
                    written.add(id);
                    updated++;
                }
            }
            return new Written(updated, conflicted, failed);
        }

        @Override
        public void refresh() {
            refreshes++;
        }
    }
}
