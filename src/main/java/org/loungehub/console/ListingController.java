package org.loungehub.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.loungehub.match.MatchResult;
import org.loungehub.match.Matcher;
import org.loungehub.search.ListingSearch;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One listing: every field, the partner's original record where the API shows it, and its counterparts from the
 * matcher with their explanations. The id is a query parameter: listing ids may be URLs.
 */
@Controller
class ListingController {

    /** Shown apart from the table of fields. */
    private static final Set<String> APART = Set.of("source", "highlights", "score", "contact", "expired");
    private static final String COUNTERPARTS = "10";

    private final ListingSearch search;
    private final Matcher matcher;

    ListingController(ListingSearch search, Matcher matcher) {
        this.search = search;
        this.matcher = matcher;
    }

    @GetMapping("/console/listing")
    String listing(@AuthenticationPrincipal ConsoleUser user, @RequestParam String id, Model model) {
        Map<String, Object> listing = search.get(id, user.caller());
        Map<String, Object> fields = new LinkedHashMap<>();
        listing.forEach((name, value) -> {
            if (!APART.contains(name) && value != null && !"".equals(value) && !(value instanceof List<?> l && l.isEmpty())) {
                fields.put(name, value);
            }
        });
        MatchResult matches = matcher.matchesFor(id, COUNTERPARTS, user.caller());
        model.addAttribute("listing", listing);
        model.addAttribute("fields", fields);
        model.addAttribute("contact", listing.get("contact"));
        model.addAttribute("source", listing.get("source"));
        model.addAttribute("original", listing.get("source") instanceof Map<?, ?> source ? source.get("original") : null);
        model.addAttribute("matches", matches.matches());
        model.addAttribute("maxContribution", matches.matches().stream()
                .flatMap(m -> m.explanation().signals().stream())
                .mapToDouble(MatchResult.SignalContribution::contribution).max().orElse(1));
        return "console/listing";
    }
}
