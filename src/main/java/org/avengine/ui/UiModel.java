package org.avengine.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        model.addAllAttributes(attributes(request));
    }

    /** The layout's attributes for {@code request}, also for pages made outside a controller method, such as errors. */
    Map<String, Object> attributes(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Viewer viewer = session == null ? null : (Viewer) session.getAttribute(Viewer.SESSION_KEY);
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("viewer", viewer);
        attributes.put("nav", viewer == null ? List.of() : menu.visibleTo(viewer));
        attributes.put("path", request.getRequestURI());
        return attributes;
    }
}
