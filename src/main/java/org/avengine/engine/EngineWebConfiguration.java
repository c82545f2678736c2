package org.avengine.engine;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every engine API path ({@code /customers/**}) needs a credential, and {@code /admin/**} (watch rules
 * and webhooks that concern all customers) the administrator's; the public {@code /av/} paths need none.
 */
@Configuration
class EngineWebConfiguration implements WebMvcConfigurer {

    private final EngineAuthentication authentication;

    EngineWebConfiguration(EngineAuthentication authentication) {
        this.authentication = authentication;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(authentication).addPathPatterns("/customers", "/customers/**", "/admin/**", "/nodes", "/nodes/**");
    }
}
