package org.communitypartners.kernel.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.communitypartners.kernel.api.JobLease;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.kernel.api.indicators.FigureUnit;
import org.communitypartners.kernel.api.indicators.IndicatorSource;
import org.communitypartners.kernel.api.indicators.Measurement;
import org.communitypartners.kernel.api.indicators.Quarter;
import org.communitypartners.kernel.api.indicators.SummaryTree;
import org.communitypartners.kernel.domain.IndicatorSummaryStore;

/**
 * Keeps the indicator summary: on its schedule (nightly by default), once per cluster, every
 * indicator source measures again the latest finished quarters, whose figures still move (orders
 * are resolved and bills paid after their quarter), and fills the older quarters of the history
 * the summary does not hold yet, once. The quarter under way is never summarized: the dashboard
 * counts it from the rows. Each source and quarter is written in its own transaction.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IndicatorSummaryJob {
    private static final Logger LOG = Logger.getLogger(IndicatorSummaryJob.class.getName());
    static final String JOB = "indicator-summary";
    private static final Duration LEASE = Duration.ofHours(3);

    @Resource
    TimerService timers;
    @Inject
    JobLease lease;
    @Inject
    @Any
    Instance<IndicatorSource> sources;
    @Inject
    IndicatorSummaryStore store;
    @Inject
    OrgDirectory directory;
    @Inject
    KernelSettings settings;
    @Inject
    Clock clock;

    /** What a run did: quarters written (one per source and quarter) and how long it took. */
    public record SummaryRun(int quartersWritten, long rowsWritten, long millis) {
    }

    @PostConstruct
    void schedule() {
        timers.createCalendarTimer(new ScheduleExpression().hour(settings.indicatorSummaryHour())
                .minute(settings.indicatorSummaryMinute()).timezone("Asia/Shanghai"), new TimerConfig(JOB, false));
    }

    @Timeout
    void onSchedule() {
        if (lease.tryAcquire(JOB, LEASE)) {
            summarize();
        }
    }

    /** Refreshes the summary now (operators after a bulk import, and the benchmark). */
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public SummaryRun runNow() {
        return summarize();
    }

    private SummaryRun summarize() {
        Instant started = clock.instant();
        Quarter lastFinished = Quarter.containing(started).previous();
        List<Quarter> recent = lastFinished.lastQuarters(Math.max(0, settings.indicatorSummaryRecentQuarters()));
        List<Quarter> history = lastFinished.lastQuarters(Math.max(0, settings.indicatorSummaryHistoryQuarters()));
        List<OrgUnitView> units = new ArrayList<>();
        store.topUnitIds().forEach(id -> units.addAll(directory.subtree(id)));
        SummaryTree tree = SummaryTree.of(units);
        int quarters = 0;
        long rows = 0;
        for (IndicatorSource source : sources) {
            Map<String, FigureUnit> indicators = new LinkedHashMap<>();
            source.definitions().forEach(d -> indicators.put(d.key(), d.unit()));
            TreeSet<Quarter> due = new TreeSet<>(recent);
            if (!history.isEmpty()) {
                Map<Quarter, Instant> held = store.summarized(indicators, history.get(0), lastFinished);
                history.stream().filter(q -> !held.containsKey(q)).forEach(due::add);
            }
            for (Quarter quarter : due) {
                try {
                    rows += summarize(source, indicators, tree, quarter);
                    quarters++;
                } catch (RuntimeException e) {
                    // One source failing leaves its quarter to the rows; the others are still summarized.
                    LOG.log(Level.WARNING, "Indicator summary of " + indicators.keySet() + " for " + quarter
                            + " failed; the dashboard counts that quarter from the rows", e);
                }
            }
        }
        long millis = Duration.between(started, clock.instant()).toMillis();
        int written = quarters;
        long stored = rows;
        LOG.info(() -> "Indicator summary: " + written + " source quarters, " + stored + " rows in " + millis + " ms");
        return new SummaryRun(quarters, rows, millis);
    }

    private int summarize(IndicatorSource source, Map<String, FigureUnit> indicators, SummaryTree tree,
                          Quarter quarter) {
        Instant measuredAt = clock.instant();
        List<Measurement> finest = new ArrayList<>();
        for (OrgUnitView place : tree.measuredPlaces()) {
            finest.addAll(tree.finest(place, source.measure(place, quarter, quarter)));
        }
        store.replace(indicators, quarter, finest, measuredAt);
        return finest.size();
    }
}
