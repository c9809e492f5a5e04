package org.loungehub.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.loungehub.access.Caller;
import org.loungehub.search.ListingSearch;
import org.loungehub.search.SearchPage;
import org.loungehub.search.SearchQuery;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The overview (驾驶舱) for staff: the listings by kind, side, country and industry, and supply against demand. */
@Controller
class OverviewController {

    private final ListingSearch search;
    private final MessageSource messages;
    private final ConsoleFormat format;
    private final ObjectMapper json = new ObjectMapper();

    OverviewController(ListingSearch search, MessageSource messages, ConsoleFormat format) {
        this.search = search;
        this.messages = messages;
        this.format = format;
    }

    /** Staff land on the overview, partner users on their own listings. */
    @GetMapping("/console")
    String home(@AuthenticationPrincipal ConsoleUser user) {
        return user.isStaff() ? "redirect:/console/overview" : "redirect:/console/search";
    }

    @GetMapping("/console/overview")
    String overview(@AuthenticationPrincipal ConsoleUser user, Locale locale, Model model) throws JsonProcessingException {
        Caller caller = user.caller();
        SearchPage all = search.search(facetsOnly(null), caller);
        SearchPage supply = search.search(facetsOnly("supply"), caller);
        SearchPage demand = search.search(facetsOnly("demand"), caller);
        Function<String, String> kind = value -> messages.getMessage("kind." + value, null, value, locale);
        Function<String, String> side = value -> messages.getMessage("side." + value, null, value, locale);
        Map<String, OverviewCharts.Chart> charts = new LinkedHashMap<>();
        charts.put("kind", OverviewCharts.of("pie", all, "kind", kind, text("overview.listings", locale)));
        charts.put("side", OverviewCharts.of("pie", all, "side", side, text("overview.listings", locale)));
        charts.put("country", OverviewCharts.of("bar", all, "country", format::country, text("overview.listings", locale)));
        charts.put("industry", OverviewCharts.of("bar", all, "industry", format::cluster, text("overview.listings", locale)));
        charts.put("gap", OverviewCharts.gap(supply, demand, format::cluster, text("overview.offers", locale),
                text("overview.requests", locale)));
        Map<String, String> chartJson = new LinkedHashMap<>();
        for (Map.Entry<String, OverviewCharts.Chart> chart : charts.entrySet()) {
            chartJson.put(chart.getKey(), json.writeValueAsString(chart.getValue()));
        }
        model.addAttribute("total", all.total());
        model.addAttribute("supplyTotal", supply.total());
        model.addAttribute("demandTotal", demand.total());
        model.addAttribute("charts", chartJson);
        return "console/overview";
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static SearchQuery facetsOnly(String side) {
        return SearchQuery.of(null, null, side, null, null, null, null, 1, 1);
    }
}
