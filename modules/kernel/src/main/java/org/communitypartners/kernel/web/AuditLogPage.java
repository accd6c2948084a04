package org.communitypartners.kernel.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.communitypartners.kernel.api.AuditResult;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.web.PagedList;
import org.communitypartners.kernel.api.web.ShanghaiTime;
import org.communitypartners.kernel.application.AuditService;
import org.communitypartners.kernel.application.AuditService.AuditEntryView;
import org.communitypartners.kernel.domain.AuditRepository.AuditFilter;
import org.omnifaces.cdi.ViewScoped;

/** The auditor's read-only view of the audit log, filtered and paged in the database. */
@Named
@ViewScoped
public class AuditLogPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AuditService audit;

    private LocalDate from;
    private LocalDate to;
    private final PagedList<AuditEntryView> entries = new PagedList<>(new EntrySource(), AuditEntryView::id);

    public AuditResult[] getResults() {
        return AuditResult.values();
    }

    public boolean isCapped() {
        return entries.getRowCount() > AuditService.COUNT_CAP;
    }

    private final class EntrySource implements PagedList.Source<AuditEntryView> {
        private static final long serialVersionUID = 1L;

        @Override
        public long count(Map<String, Object> filters) {
            return audit.count(filter(filters));
        }

        @Override
        public List<AuditEntryView> page(Map<String, Object> filters, PageRequest page) {
            return audit.list(filter(filters), page);
        }

        private AuditFilter filter(Map<String, Object> filters) {
            Object result = filters.get("result");
            return new AuditFilter((String) filters.get("actor"), (String) filters.get("action"),
                    result == null ? null : AuditResult.valueOf(result.toString()), (String) filters.get("targetType"),
                    from == null ? null : from.atStartOfDay(ShanghaiTime.ZONE).toInstant(),
                    to == null ? null : to.plusDays(1).atStartOfDay(ShanghaiTime.ZONE).toInstant());
        }
    }

    public PagedList<AuditEntryView> getEntries() {
        return entries;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
