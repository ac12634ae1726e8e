package org.zhiben.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.apache.catalina.Host;
import org.apache.catalina.core.StandardHost;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.zhiben.platform.web.ui.StaticResourceCaching;
import tools.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

/**
 * The edge of the HTTP interface, for every module at once: what a request may look like before a controller sees it
 * and how a refusal looks when no controller answered it.
 *
 * <ul>
 * <li>Bodies: the API reads and writes JSON only (no YAML, XML, CBOR or Smile converter), a JSON body is at most
 *     {@code zhiben.http.max-json-body} (1 MB), uploads have their own limits ({@code spring.servlet.multipart.*});
 *     JSON may not put {@code null} into a list, nor a fraction into a whole number.</li>
 * <li>Parameters and bodies: see {@link RequestEdgeChecks} and {@link RequestBodyChecks}.</li>
 * <li>Request bodies that trickle in: {@link SlowRequestBodies}; the connection limits and timeouts are Tomcat's,
 *     set in {@code application.yaml} ({@code server.tomcat.*}, docs/operations.md).</li>
 * <li>Refusals by Tomcat itself (malformed address, oversized request line): {@link ContainerErrorReport}.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class HttpEdgeConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new RequestEdgeChecks());
    }

    /** JSON in, JSON out: converters for other structured formats (YAML can take a minute on a large body) go. */
    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.removeIf(HttpEdgeConfiguration::otherStructuredFormat);
    }

    private static boolean otherStructuredFormat(HttpMessageConverter<?> converter) {
        for (MediaType type : converter.getSupportedMediaTypes()) {
            String subtype = type.getSubtype().toLowerCase(Locale.ROOT);
            if (subtype.contains("yaml") || subtype.contains("xml") || subtype.contains("cbor")
                    || subtype.contains("smile") || subtype.contains("protobuf")) {
                return !subtype.equals("xhtml+xml");
            }
        }
        return false;
    }

    @Bean
    JsonMapperBuilderCustomizer strictJson() {
        return builder -> builder
                .changeDefaultNullHandling(setter -> setter.withContentNulls(Nulls.FAIL))
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }

    @Bean
    FilterRegistrationBean<BodySizeLimit> bodySizeLimit(ProblemWriter problems,
            @Value("${zhiben.http.max-json-body:1MB}") DataSize maxJsonBody) {
        var registration = new FilterRegistrationBean<>(new BodySizeLimit(maxJsonBody.toBytes(), problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.addUrlPatterns("/api/*");
        return registration;
    }

    /** Static files: a year for a versioned URL, revalidated otherwise (see {@link StaticResourceCaching}). */
    @Bean
    FilterRegistrationBean<StaticResourceCaching> staticResourceCaching() {
        var registration = new FilterRegistrationBean<>(new StaticResourceCaching());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        registration.addUrlPatterns(StaticResourceCaching.PATHS);
        return registration;
    }

    /**
     * A request Spring Security's firewall refuses (a control character in a parameter name, an encoded {@code /}, a
     * {@code ;} or {@code //} in the path, ...): a problem detail in the API, the error page otherwise.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ProblemWriter problems) {
        return (request, response, rejected) -> {
            if (ProblemWriter.isApi(request, request.getRequestURI())) {
                problems.write(request, response, ApiProblemCode.MALFORMED_REQUEST, null, List.of());
            } else {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            }
        };
    }

    /** A request body that trickles in is cut off (see {@link SlowRequestBodies}). */
    @Bean
    TomcatContextCustomizer slowRequestBodies(
            @Value("${zhiben.http.request-body.grace:10s}") java.time.Duration grace,
            @Value("${zhiben.http.request-body.min-rate:1KB}") DataSize minRate) {
        return context -> context.getPipeline().addValve(new SlowRequestBodies(grace, minRate.toBytes()));
    }

    /** Tomcat's own refusals (before any filter runs) answer like the application's: see {@link ContainerErrorReport}. */
    @Bean
    TomcatContextCustomizer containerErrorReport() {
        return context -> {
            Host host = (Host) context.getParent();
            if (host instanceof StandardHost standard) {
                standard.setErrorReportValveClass(ContainerErrorReport.class.getName());
            }
        };
    }
}
