package org.communitypartners.partners.orders.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.web.PagedList;
import org.communitypartners.partners.api.WorkOrderStatus;
import org.communitypartners.partners.orders.application.OrderView;
import org.communitypartners.partners.orders.application.PartnerInbox;
import org.communitypartners.partners.orders.application.Scorecards;
import org.communitypartners.partners.orders.application.WorkOrderDesk;
import org.communitypartners.partners.orders.domain.Scorecard;
import org.omnifaces.cdi.ViewScoped;

/** The partner's inbox: orders dispatched to the caller's partner, with their clocks, and its scorecard. */
@Named
@ViewScoped
public class PartnerInboxPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    PartnerInbox inbox;
    @Inject
    Scorecards scorecards;

    private final PagedList<OrderView> orders = new PagedList<>(new InboxSource(), OrderView::id);
    private boolean overdueOnly;
    private Scorecard scorecard;

    public boolean isBound() {
        return inbox.bound();
    }

    public Scorecard getScorecard() {
        if (scorecard == null) {
            scorecard = scorecards.ownPartner(null, null);
        }
        return scorecard;
    }

    public WorkOrderStatus[] getStatuses() {
        return WorkOrderStatus.values();
    }

    private final class InboxSource implements PagedList.Source<OrderView> {
        private static final long serialVersionUID = 1L;

        @Override
        public long count(Map<String, Object> filters) {
            return inbox.count(status(filters), overdueOnly);
        }

        @Override
        public List<OrderView> page(Map<String, Object> filters, PageRequest page) {
            return inbox.inbox(status(filters), overdueOnly, page);
        }

        private WorkOrderStatus status(Map<String, Object> filters) {
            Object value = filters.get("status");
            return value == null ? null : WorkOrderStatus.valueOf(value.toString());
        }
    }

    /** Whether the list holds more orders than it counts (the paginator then asks to narrow the filter). */
    public boolean isCapped() {
        return orders.getRowCount() > WorkOrderDesk.COUNT_CAP;
    }

    public PagedList<OrderView> getOrders() {
        return orders;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }
}
