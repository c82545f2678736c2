package org.avengine.ui;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The sign-in check on every dashboard route but the sign-in page, and {@code /ui} leading to the jobs. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UiProperties.class)
class UiWebConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new SignInInterceptor()).addPathPatterns("/ui", "/ui/**").excludePathPatterns("/ui/login");
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/ui", "/ui/jobs");
        registry.addRedirectViewController("/ui/", "/ui/jobs");
    }
}
