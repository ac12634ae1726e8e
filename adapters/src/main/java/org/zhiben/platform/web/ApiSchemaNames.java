package org.zhiben.platform.web;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * The names of the API's schemas. The OpenAPI document names a schema after its Java type's simple name; two modules
 * that both answer with a {@code ComplianceView} would then share one schema, and one of the two types would be
 * described wrongly. Every type the API reads or writes is found from the REST controllers' mappings under
 * {@code /api/}; a type
 * whose simple name (or {@code @Schema(name)}) another type shares is named with its module in front
 * ({@code TrainingComplianceView}, {@code HazardsComplianceView}), or, when the other type is of the same module, with
 * the resource it is nested in ({@code TipOffRewardRequest}, {@code RulesRewardRequest}); all others keep their simple
 * names, so the document changes only where it was wrong. {@code ApiSchemaNamesTest} checks that every API type's schema describes
 * that type.
 */
public final class ApiSchemaNames implements ModelConverter {

    private static final String BASE_PACKAGE = "org.zhiben.";

    /**
     * Found once per class loader: the converter is registered in swagger's process-wide {@code ModelConverters},
     * which outlives any one application context, so it must not depend on one.
     */
    private static volatile Map<Class<?>, Set<Type>> found;
    private static volatile Map<Class<?>, String> names;

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (type.getType() != null && (type.getName() == null || type.getName().isBlank())) {
            Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
            String name = names().get(raw);
            if (name != null) {
                type.name(name);
            }
        }
        return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
    }

    /** The schema name of each API type whose name is qualified by its module; the others keep their own. */
    public Map<Class<?>, String> qualifiedNames() {
        return names();
    }

    /** Every type of this application the API reads or writes, found from the REST controllers' mappings under {@code /api/}. */
    public Set<Class<?>> apiTypes() {
        Set<Class<?>> types = new HashSet<>();
        Deque<Type> pending = new ArrayDeque<>();
        for (Set<Type> bodies : controllers().values()) {
            pending.addAll(bodies);
        }
        while (!pending.isEmpty()) {
            Type next = pending.pop();
            if (next instanceof ParameterizedType parameterized) {
                pending.push(parameterized.getRawType());
                Collections.addAll(pending, parameterized.getActualTypeArguments());
            } else if (next instanceof GenericArrayType array) {
                pending.push(array.getGenericComponentType());
            } else if (next instanceof WildcardType wildcard) {
                Collections.addAll(pending, wildcard.getUpperBounds());
            } else if (next instanceof Class<?> type) {
                if (type.isArray()) {
                    pending.push(type.getComponentType());
                } else if (type.getName().startsWith(BASE_PACKAGE) && !type.isEnum() && types.add(type)
                        && type.isRecord()) {
                    for (RecordComponent component : type.getRecordComponents()) {
                        pending.push(component.getGenericType());
                    }
                }
            }
        }
        return types;
    }

    /** The REST controllers of this application with the bodies their {@code /api/} mappings read and write. */
    private static Map<Class<?>, Set<Type>> controllers() {
        Map<Class<?>, Set<Type>> known = found;
        if (known == null) {
            ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
            scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
            Map<Class<?>, Set<Type>> scanned = new LinkedHashMap<>();
            for (BeanDefinition candidate : scanner.findCandidateComponents(BASE_PACKAGE.substring(0,
                    BASE_PACKAGE.length() - 1))) {
                Class<?> controller = ClassUtils.resolveClassName(candidate.getBeanClassName(),
                        ApiSchemaNames.class.getClassLoader());
                RequestMapping base = AnnotatedElementUtils.findMergedAnnotation(controller, RequestMapping.class);
                List<String> prefixes = base == null || base.path().length == 0 ? List.of("") : List.of(base.path());
                Set<Type> bodies = new HashSet<>();
                for (Method method : controller.getDeclaredMethods()) {
                    RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
                    List<String> paths = mapping == null || mapping.path().length == 0 ? List.of("")
                            : List.of(mapping.path());
                    if (mapping != null && prefixes.stream().anyMatch(prefix -> paths.stream()
                            .anyMatch(path -> (prefix + path).startsWith("/api/")))) {
                        bodies.addAll(bodies(method));
                    }
                }
                scanned.put(controller, bodies);
            }
            found = known = Map.copyOf(scanned);
        }
        return known;
    }

    /** The simple schema name of a type: its {@code @Schema(name)} if it has one, else its simple name. */
    public static String simpleName(Class<?> type) {
        io.swagger.v3.oas.annotations.media.Schema annotation =
                type.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
        return annotation != null && !annotation.name().isBlank() ? annotation.name() : type.getSimpleName();
    }

    /** The module of a type of this application: the package segment after {@code org.zhiben}. */
    public static String module(Class<?> type) {
        String rest = type.getPackageName().substring(BASE_PACKAGE.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private Map<Class<?>, String> names() {
        Map<Class<?>, String> known = names;
        if (known == null) {
            names = known = qualify(apiTypes());
        }
        return known;
    }

    private static Map<Class<?>, String> qualify(Set<Class<?>> types) {
        Map<String, Set<Class<?>>> bySimpleName = new TreeMap<>();
        for (Class<?> type : types) {
            if (type.getTypeParameters().length == 0) {
                bySimpleName.computeIfAbsent(simpleName(type), name -> new TreeSet<>(
                        Comparator.comparing(Class::getName))).add(type);
            }
        }
        Map<Class<?>, String> qualified = new LinkedHashMap<>();
        bySimpleName.forEach((name, sharing) -> {
            if (sharing.size() < 2) {
                return;
            }
            Map<String, Long> perModule = sharing.stream().collect(Collectors.groupingBy(ApiSchemaNames::module,
                    Collectors.counting()));
            for (Class<?> type : sharing) {
                boolean aloneInItsModule = perModule.get(module(type)) == 1 || type.getEnclosingClass() == null;
                qualified.put(type, (aloneInItsModule ? capitalised(module(type)) : stem(type.getEnclosingClass()))
                        + name);
            }
        });
        return Map.copyOf(qualified);
    }

    private static String capitalised(String module) {
        return module.substring(0, 1).toUpperCase(Locale.ROOT) + module.substring(1);
    }

    /** {@code TipOffController} → {@code TipOff}: the name of the API resource a nested type belongs to. */
    private static String stem(Class<?> enclosing) {
        return enclosing.getSimpleName().replaceFirst("(Controller|Requests|Responses|Views)$", "");
    }

    private static Set<Type> bodies(Method method) {
        Set<Type> types = new HashSet<>();
        types.add(method.getGenericReturnType());
        for (int i = 0; i < method.getParameterCount(); i++) {
            MethodParameter parameter = new MethodParameter(method, i);
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                types.add(parameter.getGenericParameterType());
            }
        }
        return types;
    }
}
