package org.zhiben.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.zhiben.hazards.ClauseReference;
import org.zhiben.hazards.Determination;
import org.zhiben.hazards.DeterminationRequest;
import org.zhiben.hazards.DeterminationResult;
import org.zhiben.hazards.DeterminationStandard;
import org.zhiben.hazards.StandardCatalog;
import org.zhiben.hazards.StandardClause;
import org.zhiben.hazards.standards.StandardDocument;
import org.zhiben.shared.IndustryCode;
import org.zhiben.shared.InvalidValueException;

/**
 * JMH: hazard determination ({@link Determination}) against the national standards shipped with the application
 * ({@code classpath:standards/*.yaml}, every version), for a fixed mix of 512 findings: 80 % citing a clause of a
 * standard in force for the sector on the day of discovery (major), 20 % citing none (general). One operation is one
 * finding.
 * <ul>
 *   <li>{@code determine}: {@link Determination#determine} with a catalog built once;</li>
 *   <li>{@code catalogPerRequest}: a new {@link StandardCatalog} from the standards, then the determination, as
 *       {@code DetermineHazard} does on every registration (the database read excluded);</li>
 *   <li>{@code baselineLookup}: the baseline, a hand-written {@link HashMap} from standard code and clause number to
 *       the clause text with the sector check, and no check of the version in force.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DeterminationJmh {

    static final int FINDINGS = 512;

    List<DeterminationStandard> standards;
    StandardCatalog catalog;
    DeterminationRequest[] requests;
    Map<String, String> clauseTexts;
    Map<String, Set<IndustryCode>> sectors;

    @Setup
    public void setUp() throws IOException {
        standards = shippedStandards();
        catalog = new StandardCatalog(standards);
        clauseTexts = new HashMap<>();
        sectors = new HashMap<>();
        List<DeterminationStandard> inForce = new ArrayList<>();
        for (DeterminationStandard standard : standards) {
            sectors.put(standard.code(), standard.sectors());
            for (StandardClause clause : standard.clauses()) {
                clauseTexts.put(standard.code() + '#' + clause.number(), clause.text());
            }
            if (standard.effectiveFrom() != null && !standard.clauses().isEmpty() && !standard.sectors().isEmpty()) {
                inForce.add(standard);
            }
        }
        Random random = new Random(BenchmarkData.DEFAULT_SEED);
        List<DeterminationRequest> found = new ArrayList<>();
        while (found.size() < FINDINGS) {
            DeterminationStandard standard = inForce.get(random.nextInt(inForce.size()));
            List<IndustryCode> covered = standard.sectors().stream().sorted((a, b) -> a.value().compareTo(b.value()))
                    .toList();
            IndustryCode sector = covered.get(random.nextInt(covered.size()));
            LocalDate day = LocalDate.of(2026, 11, 30).minusDays(random.nextInt(700));
            ClauseReference cited = random.nextInt(5) == 0 ? null : new ClauseReference(standard.code(),
                    standard.clauses().get(random.nextInt(standard.clauses().size())).number());
            DeterminationRequest request = new DeterminationRequest(sector, day, cited);
            try {
                DeterminationResult result = Determination.determine(request, catalog);
                if (!result.equals(baseline(request))) {
                    throw new IllegalStateException("the baseline differs for " + request);
                }
                found.add(request);
            } catch (InvalidValueException notInForce) {
                // a version not in force on that day: not part of the mix
            }
        }
        requests = found.toArray(DeterminationRequest[]::new);
    }

    static List<DeterminationStandard> shippedStandards() throws IOException {
        List<DeterminationStandard> standards = new ArrayList<>();
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:standards/*.yaml");
        for (Resource file : files) {
            try (InputStream in = file.getInputStream()) {
                standards.add(StandardDocument.parse(in.readAllBytes()).toStandard());
            }
        }
        if (standards.isEmpty()) {
            throw new IllegalStateException("no shipped standards on the class path");
        }
        return standards;
    }

    DeterminationResult baseline(DeterminationRequest request) {
        ClauseReference cited = request.clause();
        if (cited == null) {
            return DeterminationResult.general();
        }
        String text = clauseTexts.get(cited.standardCode() + '#' + cited.clauseNumber());
        if (text == null || !sectors.get(cited.standardCode()).contains(request.sector())) {
            throw new IllegalArgumentException("not a clause for the sector: " + cited);
        }
        return DeterminationResult.major(cited, text);
    }

    @Benchmark
    @OperationsPerInvocation(FINDINGS)
    public void determine(Blackhole sink) {
        for (DeterminationRequest request : requests) {
            sink.consume(Determination.determine(request, catalog));
        }
    }

    @Benchmark
    @OperationsPerInvocation(FINDINGS)
    public void catalogPerRequest(Blackhole sink) {
        for (DeterminationRequest request : requests) {
            sink.consume(Determination.determine(request, new StandardCatalog(standards)));
        }
    }

    @Benchmark
    @OperationsPerInvocation(FINDINGS)
    public void baselineLookup(Blackhole sink) {
        for (DeterminationRequest request : requests) {
            sink.consume(baseline(request));
        }
    }
}
