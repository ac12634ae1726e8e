package org.zhiben.platform.web.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.regex.Pattern;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How long a browser keeps the stylesheet, scripts and images. The pages link them by a URL that carries a hash of
 * their content ({@code /css/app-<md5>.css}, Spring's content version strategy, {@code spring.web.resources.chain}):
 * such a URL always names the same bytes, so it is kept for a year and never revalidated ({@code immutable}). A static
 * file asked for without a version ({@code /favicon.ico}, an old link) may change with the next release: the browser
 * revalidates it each time ({@code no-cache}, answered by its ETag or Last-Modified). Pages are not static files: Spring
 * Security keeps them out of every cache ({@code no-store}), since they show data of the signed-in user.
 *
 * <p>The header is set before the resource handler runs, so Spring Security's own cache header, which it only writes
 * when none is set, does not replace it.
 */
public class StaticResourceCaching extends OncePerRequestFilter {

    /** URL patterns of the static files (for the filter's registration). */
    public static final String[] PATHS = {"/css/*", "/js/*", "/images/*", "/webjars/*", "/favicon.ico"};

    static final String VERSIONED = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable()
            .getHeaderValue();
    static final String UNVERSIONED = CacheControl.noCache().getHeaderValue();

    /** A file name carrying the content version: {@code name-<32 hex digits>.ext}. */
    private static final Pattern CONTENT_VERSION = Pattern.compile(".*-[0-9a-f]{32}\\.[A-Za-z0-9]+$");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            response.setHeader(HttpHeaders.CACHE_CONTROL,
                    CONTENT_VERSION.matcher(request.getRequestURI()).matches() ? VERSIONED : UNVERSIONED);
        }
        chain.doFilter(request, response);
    }
}
