package org.zhiben.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of the internal API (/v3/api-docs, Swagger UI at /swagger-ui.html; checked in as
 * {@code docs/api/openapi.json}). {@link ApiContractDocumentation} adds what the annotations do not say: the problem
 * details of every refusal, the concurrency headers and the real media types.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI zhibenOpenApi() {
        return new OpenAPI().info(new Info()
                        .title("Zhiben API")
                        .version("v1")
                        .description("""
                                Internal API of Zhiben (治本), the work-safety root-cause campaign system: organisation \
                                and responsibility principles, the campaign ledger, enterprises and the major-hazard \
                                database. Errors are RFC 9457 problem details (application/problem+json) with a stable \
                                `code`; texts are Chinese unless the request sends `Accept-Language: en`. Every change \
                                of a resource that answers with an `ETag` requires `If-Match` with that ETag (428 \
                                without it, 412 when it is stale). Lists are pages of the one shape \
                                `{items, page, size, totalItems, totalPages}`.""")
                        .license(new License().name("Apache-2.0")))
                .servers(List.of(new Server().url("/").description("this application")))
                .components(new Components());
    }

    @Bean
    ApiContractDocumentation apiContractDocumentation() {
        return new ApiContractDocumentation();
    }

    @Bean
    ApiSchemaNames apiSchemaNames() {
        return new ApiSchemaNames();
    }

    @Bean
    SchemaDocumentation schemaDocumentation() {
        return new SchemaDocumentation();
    }
}
