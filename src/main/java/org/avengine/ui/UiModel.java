package org.avengine.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every dashboard page's layout needs: the viewer, the navigation, the current path. */
@ControllerAdvice(basePackageClasses = UiModel.class)
class UiModel {

    private final Navigation.NavMenu menu;

    UiModel(Navigation.NavMenu menu) {
        this.menu = menu;
    }

    @ModelAttribute
    void layout(HttpServletRequest request, org.springframework.ui.Model model) {
        HttpSession session = request.getSession(false);
        Viewer viewer = session == null ? null : (Viewer) session.getAttribute(Viewer.SESSION_KEY);
        model.addAttribute("viewer", viewer);
        model.addAttribute("nav", viewer == null ? java.util.List.of() : menu.visibleTo(viewer));
        model.addAttribute("path", request.getRequestURI());
    }
}
