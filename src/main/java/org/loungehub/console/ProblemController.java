package org.loungehub.console;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The page a signed-in user sees where the role does not reach (a partner user on a staff page). */
@Controller
class ProblemController {

    @RequestMapping("/console/forbidden")
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden(Model model) {
        model.addAttribute("problem", "error.forbidden");
        return "console/problem";
    }
}
