package org.avengine.ui;

import org.avengine.notify.WebhookLog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.SessionAttribute;

/** The viewer's webhook subscriptions (a customer's own, or the administrator's) with their delivery log. */
@Controller
class WebhooksController {

    private static final int DELIVERIES_EACH = 20;

    private final WebhookLog log;

    WebhooksController(WebhookLog log) {
        this.log = log;
    }

    @GetMapping("/ui/webhooks")
    String webhooks(@SessionAttribute(Viewer.SESSION_KEY) Viewer viewer, Model model) {
        model.addAttribute("hooks", log.of(viewer.isAdmin() ? null : viewer.customerId(), DELIVERIES_EACH));
        return "ui/webhooks";
    }
}
