package org.loungehub.intake;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Result;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.loungehub.index.IndexCatalog;
import org.loungehub.intake.mapping.PartnerRegistry;
import org.loungehub.listing.Listing;
import org.loungehub.listing.ListingNotFoundException;
import org.springframework.stereotype.Component;

/** Removes one listing of a partner; the id is built from the path, so a partner can only name its own. */
@Component("listingDeletion")
public class ListingDeletion {

    private final ElasticsearchClient client;
    private final String alias;
    private final PartnerRegistry partners;

    ListingDeletion(ElasticsearchClient client, IndexCatalog catalog, PartnerRegistry partners) {
        this.client = client;
        this.alias = catalog.get("listings").alias();
        this.partners = partners;
    }

    public void delete(String partnerId, String externalId) {
        partners.find(partnerId).orElseThrow(() -> new UnknownPartnerException(partnerId));
        ListingNotFoundException.possibleId(Listing.id(partnerId, externalId));
        try {
            Result result = client.delete(d -> d.index(alias).id(Listing.id(partnerId, externalId)).refresh(co.elastic.clients.elasticsearch._types.Refresh.WaitFor)).result();
            if (result == Result.NotFound) {
                throw new ListingNotFoundException(Listing.id(partnerId, externalId));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
