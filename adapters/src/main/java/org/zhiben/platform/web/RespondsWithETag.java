package org.zhiben.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an API operation whose successful answer carries the resource's version as {@code ETag} (see {@link IfMatch}),
 * so that the OpenAPI document declares the header.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RespondsWithETag {
}
