package org.zhiben.platform.web;

import java.nio.charset.StandardCharsets;
import org.springframework.core.MethodParameter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * The file name of every download ({@code Content-Disposition}), of the API and of the pages alike, is stripped of
 * control and formatting characters before it leaves: a right-to-left override (U+202E) or another bidirectional
 * control in an uploaded name would make {@code photo‮gnp.exe} look like {@code photoexe.png}.
 */
@ControllerAdvice
public class DownloadNames implements ResponseBodyAdvice<Object> {

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType selectedContentType,
                                  Class<? extends HttpMessageConverter<?>> selectedConverterType,
                                  ServerHttpRequest request, ServerHttpResponse response) {
        String header = response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
        if (header != null) {
            ContentDisposition disposition = ContentDisposition.parse(header);
            String name = disposition.getFilename();
            if (name != null && !safe(name).equals(name)) {
                ContentDisposition.Builder cleaned = disposition.isInline() ? ContentDisposition.inline()
                        : ContentDisposition.attachment();
                response.getHeaders().set(HttpHeaders.CONTENT_DISPOSITION,
                        cleaned.filename(safe(name), StandardCharsets.UTF_8).build().toString());
            }
        }
        return body;
    }

    /** The name without control characters (Cc), formatting characters (Cf: the bidirectional controls) or separators. */
    public static String safe(String name) {
        StringBuilder safe = new StringBuilder(name.length());
        name.codePoints().filter(c -> {
            int type = Character.getType(c);
            return type != Character.CONTROL && type != Character.FORMAT && type != Character.LINE_SEPARATOR
                    && type != Character.PARAGRAPH_SEPARATOR && c != '/' && c != '\\';
        }).forEach(safe::appendCodePoint);
        String cleaned = safe.toString().strip();
        return cleaned.isEmpty() ? "download" : cleaned;
    }
}
