package org.zhiben.platform.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document of the internal API (/v3/api-docs, Swagger UI at /swagger-ui.html). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI zhibenOpenApi() {
        return new OpenAPI().info(new Info()
                .title("Zhiben API")
                .version("v1")
                .description("""
                        Internal API of Zhiben (治本), the work-safety root-cause campaign system: organisation and \
                        responsibility principles, the campaign ledger, enterprises and the major-hazard database. \
                        Errors are RFC 9457 problem details (application/problem+json) with a stable `code`; \
                        texts are Chinese unless the request sends `Accept-Language: en`.""")
                .license(new License().name("Apache-2.0")));
    }
}
