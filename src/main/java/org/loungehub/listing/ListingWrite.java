package org.loungehub.listing;

import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import java.util.Map;

/** One write of a {@link ListingStore#write bulk}: a deletion, a whole new document, or a partial update. */
public sealed interface ListingWrite {

    String id();

    BulkOperation operation(String index);

    static ListingWrite delete(String id) {
        return new Delete(id);
    }

    static ListingWrite replace(String id, Map<String, Object> document) {
        return new Replace(id, document);
    }

    /** A new listing: a 409 item when one with this id appeared meanwhile. */
    static ListingWrite create(String id, Map<String, Object> document) {
        return new Create(id, document);
    }

    /** Replaces the listing only if it is still at the version read (else a 409 item). */
    static ListingWrite replaceIfUnchanged(String id, long seqNo, long primaryTerm, Map<String, Object> document) {
        return new ConditionalReplace(id, seqNo, primaryTerm, document);
    }

    /** Deletes the listing only if it is still at the version read (else a 409 item; 404 once deleted). */
    static ListingWrite deleteIfUnchanged(String id, long seqNo, long primaryTerm) {
        return new ConditionalDelete(id, seqNo, primaryTerm);
    }

    /** Sets some fields, only if the listing is still at the version read (else a 409 item; 404 once deleted). */
    static ListingWrite updateIfUnchanged(String id, long seqNo, long primaryTerm, Map<String, Object> fields) {
        return new ConditionalUpdate(id, seqNo, primaryTerm, fields);
    }

    record Delete(String id) implements ListingWrite {
        @Override
        public BulkOperation operation(String index) {
            return BulkOperation.of(op -> op.delete(d -> d.index(index).id(id)));
        }
    }

    record Replace(String id, Map<String, Object> document) implements ListingWrite {
        @Override
        public BulkOperation operation(String index) {
            return BulkOperation.of(op -> op.index(i -> i.index(index).id(id).document(document)));
        }
    }

    record ConditionalUpdate(String id, long seqNo, long primaryTerm, Map<String, Object> fields) implements ListingWrite {
        @Override
        public BulkOperation operation(String index) {
            return BulkOperation.of(op -> op.update(u -> u.index(index).id(id).ifSeqNo(seqNo).ifPrimaryTerm(primaryTerm)
                    .action(a -> a.doc(fields))));
        }
    }

    record Create(String id, Map<String, Object> document) implements ListingWrite {
        @Override
        public BulkOperation operation(String index) {
            return BulkOperation.of(op -> op.create(c -> c.index(index).id(id).document(document)));
        }
    }

    record ConditionalReplace(String id, long seqNo, long primaryTerm, Map<String, Object> document) implements ListingWrite {
        @Override
        public BulkOperation operation(String index) {
            return BulkOperation.of(op -> op.index(i -> i.index(index).id(id).document(document)
                    .ifSeqNo(seqNo).ifPrimaryTerm(primaryTerm)));
        }
    }

    record ConditionalDelete(String id, long seqNo, long primaryTerm) implements ListingWrite {
        @Override
        public BulkOperation operation(String index) {
            return BulkOperation.of(op -> op.delete(d -> d.index(index).id(id).ifSeqNo(seqNo).ifPrimaryTerm(primaryTerm)));
        }
    }
}
