package org.loungehub.console;

import java.util.LinkedHashMap;
import java.util.Map;
import org.loungehub.search.CsvExport;
import org.loungehub.search.ListingExport;
import org.loungehub.search.ListingSearch;
import org.loungehub.search.SearchPage;
import org.loungehub.search.SearchQuery;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Search with facets, highlights and paging, and the same result as CSV: the API's search and export, with the
 * signed-in user's rights (a partner user sees its own listings, contact data only where the API shows it).
 */
@Controller
class SearchController {

    private static final int PAGE_SIZE = 20;

    private final ListingSearch search;
    private final ListingExport export;

    SearchController(ListingSearch search, ListingExport export) {
        this.search = search;
        this.export = export;
    }

    @GetMapping("/console/search")
    String search(@AuthenticationPrincipal ConsoleUser user, Filters filters,
                  @RequestParam(defaultValue = "1") int page,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        SearchPage result = search.search(SearchQuery.of(filters.q(), filters.kind(), filters.side(), filters.country(),
                filters.industry(), filters.language(), filters.partner(), page, PAGE_SIZE), user.caller());
        long pages = Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("filters", filters);
        model.addAttribute("result", result);
        model.addAttribute("pages", Math.min(pages, 10_000 / PAGE_SIZE));
        // htmx asks for the results only (the form stays as typed); a plain request gets the whole page
        return htmx == null ? "console/search" : "console/search :: results";
    }

    @GetMapping("/console/search/export.csv")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal ConsoleUser user, Filters filters) {
        CsvExport csv = export.csv(filters.q(), filters.kind(), filters.side(), filters.country(), filters.industry(),
                filters.language(), filters.partner(), user.caller());
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("listings.csv").build().toString())
                .header("X-Export-Truncated", String.valueOf(csv.truncated()))
                .body(csv.bytes());
    }

    /** The search form's fields (blank: any). */
    public record Filters(String q, String kind, String side, String country, String industry, String language,
                          String partner) {

        /** The filters as link parameters, for facet and page links that keep the rest. */
        public Map<String, String> params() {
            Map<String, String> params = new LinkedHashMap<>();
            put(params, "q", q);
            put(params, "kind", kind);
            put(params, "side", side);
            put(params, "country", country);
            put(params, "industry", industry);
            put(params, "language", language);
            put(params, "partner", partner);
            return params;
        }

        /** A link to {@code path} with these filters and one parameter set (null: none), encoded. */
        public String link(String path, String name, Object value) {
            UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
            params().forEach((key, given) -> {
                if (!key.equals(name)) {
                    link.queryParam(key, given);
                }
            });
            if (name != null && value != null) {
                link.queryParam(name, value);
            }
            return link.encode().build().toUriString();
        }

        private static void put(Map<String, String> params, String name, String value) {
            if (value != null && !value.isBlank()) {
                params.put(name, value);
            }
        }
    }
}
