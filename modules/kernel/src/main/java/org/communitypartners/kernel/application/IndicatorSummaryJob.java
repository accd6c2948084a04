package org.communitypartners.kernel.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
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
import java.util.function.Function;
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
 * the summary does not hold yet, once. On a shorter interval (hourly by default), also once per
 * cluster, it measures the quarter under way, which only a city's view reads (counting a city's
 * rows takes long; smaller places count theirs live). Each source and quarter is written in its
 * own transaction.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IndicatorSummaryJob {
    private static final Logger LOG = Logger.getLogger(IndicatorSummaryJob.class.getName());
    static final String JOB = "indicator-summary";
    static final String UNDER_WAY_JOB = "indicator-summary-under-way";
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
        long every = Duration.ofMinutes(settings.indicatorSummaryUnderWayMinutes()).toMillis();
        if (every > 0) {
            timers.createIntervalTimer(every, every, new TimerConfig(UNDER_WAY_JOB, false));
        }
    }

    @Timeout
    void onSchedule(Timer timer) {
        if (UNDER_WAY_JOB.equals(timer.getInfo())) {
            // Servers start at different times: a lease a little shorter than the interval lets one run per interval.
            Duration interval = Duration.ofMinutes(settings.indicatorSummaryUnderWayMinutes());
            if (lease.tryAcquire(UNDER_WAY_JOB, interval.minus(interval.dividedBy(10)))) {
                summarizeUnderWay();
            }
        } else if (lease.tryAcquire(JOB, LEASE)) {
            summarize();
        }
    }

    /** Refreshes the summary now, the quarter under way included (operators after a bulk import, and the benchmark). */
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public SummaryRun runNow() {
        SummaryRun finished = summarize();
        SummaryRun underWay = summarizeUnderWay();
        return new SummaryRun(finished.quartersWritten() + underWay.quartersWritten(),
                finished.rowsWritten() + underWay.rowsWritten(), finished.millis() + underWay.millis());
    }

    private SummaryRun summarizeUnderWay() {
        Quarter underWay = Quarter.containing(clock.instant());
        return summarize(indicators -> new TreeSet<>(List.of(underWay)));
    }

    /** The finished quarters: the recent ones again, the history's missing ones once. */
    private SummaryRun summarize() {
        Quarter lastFinished = Quarter.containing(clock.instant()).previous();
        List<Quarter> recent = lastFinished.lastQuarters(Math.max(0, settings.indicatorSummaryRecentQuarters()));
        List<Quarter> history = lastFinished.lastQuarters(Math.max(0, settings.indicatorSummaryHistoryQuarters()));
        return summarize(indicators -> {
            TreeSet<Quarter> due = new TreeSet<>(recent);
            if (!history.isEmpty()) {
                Map<Quarter, Instant> held = store.summarized(indicators, history.get(0), lastFinished);
                history.stream().filter(q -> !held.containsKey(q)).forEach(due::add);
            }
            return due;
        });
    }

    /** Measures, for every source, the quarters {@code due} names for its indicators. */
    private SummaryRun summarize(Function<Map<String, FigureUnit>, TreeSet<Quarter>> due) {
        Instant started = clock.instant();
        List<OrgUnitView> units = new ArrayList<>();
        store.topUnitIds().forEach(id -> units.addAll(directory.subtree(id)));
        SummaryTree tree = SummaryTree.of(units);
        int quarters = 0;
        long rows = 0;
        for (IndicatorSource source : sources) {
            Map<String, FigureUnit> indicators = new LinkedHashMap<>();
            source.definitions().forEach(d -> indicators.put(d.key(), d.unit()));
            for (Quarter quarter : due.apply(indicators)) {
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
