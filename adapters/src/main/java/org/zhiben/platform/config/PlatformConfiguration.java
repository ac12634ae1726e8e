package org.zhiben.platform.config;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.zhiben.platform.web.CodeNames;

/** The clock every module reads time from, and the message bundles (Chinese by default, English as translation). */
@Configuration(proxyBeanMethods = false)
public class PlatformConfiguration {

    /** The campaign's local time zone; dates (deadlines, due dates) are interpreted in it. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${zhiben.time-zone:Asia/Shanghai}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }

    /**
     * Every module ships its texts as {@code i18n/<module>/messages.properties} (Chinese) and
     * {@code messages_en.properties} (English); all of them are found on the classpath, so a new module needs no
     * configuration here.
     */
    @Bean
    MessageSource messageSource(ObjectProvider<CodeNames> codeNames) throws IOException {
        Set<String> basenames = new LinkedHashSet<>();
        basenames.add("classpath:i18n/messages");
        var resolver = new PathMatchingResourcePatternResolver();
        for (Resource resource : resolver.getResources("classpath*:i18n/*/messages.properties")) {
            String url = resource.getURL().toString();
            int start = url.lastIndexOf("i18n/");
            basenames.add("classpath:" + url.substring(start, url.length() - ".properties".length()));
        }
        var messageSource = new NamingMessageSource(codeNames);
        messageSource.setBasenames(basenames.toArray(String[]::new));
        messageSource.setDefaultEncoding("UTF-8");
        messageSource.setFallbackToSystemLocale(false);
        messageSource.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        messageSource.setUseCodeAsDefaultMessage(false);
        return messageSource;
    }

    /**
     * The message bundles, with every argument some module can name ({@link CodeNames}) replaced by its name in the
     * language of the message; any other argument stays as it is.
     */
    static final class NamingMessageSource extends ReloadableResourceBundleMessageSource {

        /** Dates in messages as the pages show them: 2026年12月2日, or 2 December 2026 in English. */
        private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
        private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

        private final ObjectProvider<CodeNames> codeNames;

        NamingMessageSource(ObjectProvider<CodeNames> codeNames) {
            this.codeNames = codeNames;
        }

        @Override
        protected Object[] resolveArguments(Object[] args, Locale locale) {
            Object[] resolved = super.resolveArguments(args, locale);
            if (resolved.length == 0) {
                return resolved;
            }
            List<CodeNames> contributors = codeNames.orderedStream().toList();
            Object[] named = resolved.clone();
            for (int i = 0; i < named.length; i++) {
                if (named[i] instanceof LocalDate date) {
                    named[i] = (Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH_DATE : CHINESE_DATE)
                            .format(date);
                    continue;
                }
                for (CodeNames contributor : contributors) {
                    String name = named[i] == null ? null : contributor.nameOf(named[i], locale);
                    if (name != null) {
                        named[i] = name;
                        break;
                    }
                }
            }
            return named;
        }
    }
}
