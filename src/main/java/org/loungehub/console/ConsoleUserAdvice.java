package org.loungehub.console;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every console page's header needs: who is signed in (staff links only for staff) and the same page in the
 * other language.
 */
@ControllerAdvice(basePackageClasses = ConsoleUserAdvice.class)
class ConsoleUserAdvice {

    @ModelAttribute("user")
    SignedIn user(@AuthenticationPrincipal ConsoleUser user) {
        return user == null ? null : new SignedIn(user.getUsername(), user.caller().role().id(), user.partnerId(),
                user.isStaff());
    }

    @ModelAttribute("inEnglish")
    String inEnglish(HttpServletRequest request) {
        return withLanguage(request, "en");
    }

    @ModelAttribute("inChinese")
    String inChinese(HttpServletRequest request) {
        return withLanguage(request, "zh-CN");
    }

    /** This page's address with ?lang= set (the rest of the query kept, already encoded as it came). */
    static String withLanguage(HttpServletRequest request, String language) {
        String query = request.getQueryString();
        return UriComponentsBuilder.fromUriString(request.getRequestURI() + (query == null ? "" : "?" + query))
                .replaceQueryParam("lang", language).build().toUriString();
    }

    /** What the pages show of the signed-in user. */
    public record SignedIn(String name, String role, String partnerId, boolean staff) {
    }
}
