package org.zhiben.platform.web.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, the accessibility engine, run in the browser on the page shown: its script (axe.min.js from
 * {@code com.deque.html.axe-core:selenium}) is injected through Selenium, {@code axe.run} checks the document against
 * the WCAG 2.1 A and AA rules and best practices, and the violations come back as plain text. Pages answer with a
 * Content-Security-Policy that allows no inline script; a script injected through the WebDriver protocol is not
 * subject to it.
 */
public final class Axe {

    private static final String SCRIPT = load();

    private Axe() {
    }

    /** One rule a page breaks, with the impact axe gives it and the elements that break it. */
    public record Violation(String rule, String impact, String help, List<String> targets) {

        public boolean seriousOrCritical() {
            return "serious".equals(impact) || "critical".equals(impact);
        }

        @Override
        public String toString() {
            return impact + " " + rule + " (" + help + "): " + targets;
        }
    }

    /** Runs axe on the current page and returns every violation it reports. */
    @SuppressWarnings("unchecked")
    public static List<Violation> check(WebDriver browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(SCRIPT);
        }
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa',
                        'best-practice']}, resultTypes: ['violations']})
                   .then(r => done(r.violations.map(v => ({rule: v.id, impact: v.impact, help: v.help,
                        targets: v.nodes.map(n => n.target.join(' ') + ' ' + (n.failureSummary || '')
                            .replace(/\\s+/g, ' '))}))))
                   .catch(e => done([{rule: 'axe-error', impact: 'critical', help: String(e), targets: []}]));
                """);
        List<Violation> violations = new ArrayList<>();
        for (Object item : (List<Object>) result) {
            Map<String, Object> v = (Map<String, Object>) item;
            violations.add(new Violation((String) v.get("rule"), (String) v.get("impact"), (String) v.get("help"),
                    ((List<Object>) v.get("targets")).stream().map(String::valueOf).toList()));
        }
        return violations;
    }

    /** The serious and critical violations of the current page. */
    public static List<Violation> seriousOrCritical(WebDriver browser) {
        return check(browser).stream().filter(Violation::seriousOrCritical).toList();
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
