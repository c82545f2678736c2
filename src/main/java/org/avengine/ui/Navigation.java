package org.avengine.ui;

import java.util.Comparator;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The navigation entries of the pages that exist on main, and the sorted list the layout shows. */
@Configuration(proxyBeanMethods = false)
class Navigation {

    @Bean
    NavLink jobsLink() {
        return new NavLink("/ui/jobs", "Jobs", 10, false);
    }

    @Bean
    NavLink newJobLink() {
        return new NavLink("/ui/jobs/new", "New job", 20, true);
    }

    @Bean
    NavLink assetsLink() {
        return new NavLink("/ui/assets", "Assets", 30, false);
    }

    @Bean
    NavLink presetsLink() {
        return new NavLink("/ui/presets", "Presets", 40, false);
    }

    @Bean
    NavLink templatesLink() {
        return new NavLink("/ui/templates", "Templates", 50, false);
    }

    @Bean
    NavLink queuesLink() {
        return new NavLink("/ui/queues", "Queues", 60, false);
    }

    @Bean
    NavLink watchRulesLink() {
        return new NavLink("/ui/watch-rules", "Watch folders", 65, false);
    }

    @Bean
    NavLink webhooksLink() {
        return new NavLink("/ui/webhooks", "Webhooks", 70, false);
    }

    @Bean
    NavLink nodesLink() {
        return new NavLink("/ui/nodes", "Nodes", 80, true);
    }

    @Bean
    NavLink healthLink() {
        return new NavLink("/ui/health", "Health", 90, true);
    }

    @Bean
    NavMenu navMenu(List<NavLink> links) {
        return new NavMenu(links.stream().sorted(Comparator.comparingInt(NavLink::order)).toList());
    }

    /** Every entry, in order. */
    record NavMenu(List<NavLink> links) {

        List<NavLink> visibleTo(Viewer viewer) {
            return links.stream().filter(l -> !l.adminOnly() || viewer.isAdmin()).toList();
        }

        boolean adminOnly(String path) {
            return links.stream().anyMatch(l -> l.adminOnly() && l.path().equals(path));
        }
    }
}
