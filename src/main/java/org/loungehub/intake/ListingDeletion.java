package org.loungehub.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.loungehub.intake.mapping.PartnerRegistry;
import org.loungehub.listing.Listing;
import org.loungehub.listing.ListingNotFoundException;
import org.loungehub.listing.ListingStore;
import org.springframework.stereotype.Component;

/** Removes one listing of a partner; the id is built from the path, so a partner can only name its own. */
@Component("listingDeletion")
public class ListingDeletion {

    private final ListingStore listings;
    private final PartnerRegistry partners;

    ListingDeletion(ListingStore listings, PartnerRegistry partners) {
        this.listings = listings;
        this.partners = partners;
    }

    public void delete(String partnerId, String externalId) {
        partners.find(partnerId).orElseThrow(() -> new UnknownPartnerException(partnerId));
        ListingNotFoundException.possibleId(Listing.id(partnerId, externalId));
        try {
            if (!listings.delete(Listing.id(partnerId, externalId))) {
                throw new ListingNotFoundException(Listing.id(partnerId, externalId));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
