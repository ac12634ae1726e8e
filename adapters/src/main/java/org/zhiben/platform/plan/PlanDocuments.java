package org.zhiben.platform.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads the campaign plan's reference-data files (YAML) from {@code zhiben.plan.location}: by default the Kizilsu
 * prefecture's plan shipped in the application, or another prefecture's folder ({@code file:/path/to/plan/}).
 */
@Component
public class PlanDocuments {

    private final ResourceLoader resources;
    private final String location;

    public PlanDocuments(ResourceLoader resources, @Value("${zhiben.plan.location}") String location) {
        this.resources = resources;
        this.location = location.endsWith("/") ? location : location + "/";
    }

    /** The plan's file, or empty when the plan has none by that name (for files a plan may leave out). */
    public java.util.Optional<PlanDocument> readIfPresent(String fileName) {
        return resources.getResource(location + fileName).exists() ? java.util.Optional.of(read(fileName))
                : java.util.Optional.empty();
    }

    public PlanDocument read(String fileName) {
        Resource resource = resources.getResource(location + fileName);
        if (!resource.exists()) {
            throw new IllegalStateException("Plan file " + location + fileName + " does not exist (zhiben.plan.location)");
        }
        try (InputStream in = resource.getInputStream()) {
            byte[] content = in.readAllBytes();
            Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
            Object root = yaml.load(new String(content, java.nio.charset.StandardCharsets.UTF_8));
            if (!(root instanceof Map<?, ?> map)) {
                throw new IllegalStateException("Plan file " + fileName + " is not a YAML mapping");
            }
            return new PlanDocument(fileName, content, new YamlNode(fileName, map));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read plan file " + location + fileName, e);
        }
    }
}
