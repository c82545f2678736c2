package org.avengine.ui;

import org.avengine.watchfolder.WatchRuleList;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.SessionAttribute;

/** Watch-folder rules with the files they took (a customer's own rules, or every rule for the administrator). */
@Controller
class WatchRulesController {

    private static final int FILES_EACH = 20;

    private final WatchRuleList rules;

    WatchRulesController(WatchRuleList rules) {
        this.rules = rules;
    }

    @GetMapping("/ui/watch-rules")
    String rules(@SessionAttribute(Viewer.SESSION_KEY) Viewer viewer, Model model) {
        model.addAttribute("rules", rules.of(viewer.isAdmin() ? null : viewer.customerId(), FILES_EACH));
        return "ui/watch-rules";
    }
}
