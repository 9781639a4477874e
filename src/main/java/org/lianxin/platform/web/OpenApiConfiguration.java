package org.lianxin.platform.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

import org.springframework.context.annotation.Configuration;

/**
 * The JSON API's description at {@code /v3/api-docs}: callers get a token from
 * {@code POST /api/v1/auth/token} and send it as {@code Authorization: Bearer …}.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Lianxin 连心 API", version = "v1",
		description = "Errors come as {\"error\": code, \"message\": text in the request's language (Accept-Language), \"fields\": {...}}."),
		security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
		description = "A token from POST /api/v1/auth/token; revocable on the profile page")
class OpenApiConfiguration {

}
