package org.loungehub.console;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form (Spring Security checks what it posts). */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return "console/login";
    }
}
