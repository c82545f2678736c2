package org.avengine.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.avengine.engine.AssetConsole;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Signing in with the admin credential or a customer's API key (key and secret), and out again. */
@Controller
class SignInController {

    private final AssetConsole console;

    SignInController(AssetConsole console) {
        this.console = console;
    }

    @GetMapping("/ui/login")
    String form(@RequestParam(defaultValue = "/ui/jobs") String next, Model model) {
        model.addAttribute("next", safe(next));
        return "ui/login";
    }

    @PostMapping("/ui/login")
    String signIn(@RequestParam String key, @RequestParam String secret, @RequestParam(defaultValue = "/ui/jobs") String next,
            HttpServletRequest request, Model model) {
        var user = console.signIn(key.strip(), secret);
        if (user.isEmpty()) {
            model.addAttribute("next", safe(next));
            model.addAttribute("key", key);
            model.addAttribute("error", "Unknown key or wrong secret.");
            return "ui/login";
        }
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        request.getSession(true).setAttribute(Viewer.SESSION_KEY, Viewer.of(user.get()));
        return "redirect:" + safe(next);
    }

    @PostMapping("/ui/logout")
    String signOut(HttpSession session) {
        session.invalidate();
        return "redirect:/ui/login";
    }

    /** Only paths of the dashboard itself, so the sign-in page cannot send anyone elsewhere. */
    private static String safe(String next) {
        return next.startsWith("/ui/") && !next.startsWith("//") && !next.contains("\\") ? next : "/ui/jobs";
    }
}
