package org.loungehub.erasure;

import java.util.List;

/**
 * Body of POST /api/v1/erasures: who is to be erased (any of e-mail, phone, listing ids) and why.
 *
 * @param email the person's e-mail address, in any case
 * @param phone the person's phone, international (+86 138 0013 8000, 0049 30 123456) or national with
 *              {@code country}; a national number without it is looked for only as written (its digits)
 * @param country the ISO 3166-1 alpha-2 country of a national phone (030 123456 with DE; 011 44 ... with US)
 * @param listingIds listings that are the person's whatever their contact says ({@code partnerId:externalId})
 * @param reason why (the request's reference, "data subject request of 2026-11-20"); never the person's data
 */
public record ErasureRequest(String email, String phone, String country, List<String> listingIds, String reason) {
}
