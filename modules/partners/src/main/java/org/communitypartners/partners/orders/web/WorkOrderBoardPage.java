package org.communitypartners.partners.orders.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.communitypartners.kernel.api.CallerScope;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.indicators.Quarter;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.kernel.api.web.PagedList;
import org.communitypartners.partners.PartnersModule;
import org.communitypartners.partners.api.PartnerStatus;
import org.communitypartners.partners.api.PartnerView;
import org.communitypartners.partners.api.WorkOrderStatus;
import org.communitypartners.partners.application.PartnerRegistry;
import org.communitypartners.partners.orders.application.OrderView;
import org.communitypartners.partners.orders.application.WorkOrderDesk.BoardFilter;
import org.communitypartners.partners.orders.application.WorkOrderDesk.EnteredOrder;
import org.communitypartners.partners.orders.application.WorkOrderDesk;
import org.communitypartners.partners.orders.domain.Channel;
import org.omnifaces.cdi.ViewScoped;

/**
 * The community's work-order board: every order in the caller's part of the tree with its
 * clock, filters for status, category, compound, overdue and escalated, bulk dispatch of new
 * orders, and entering an order taken by phone or at the counter.
 */
@Named
@ViewScoped
public class WorkOrderBoardPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 20;

    @Inject
    WorkOrderDesk desk;
    @Inject
    PartnerRegistry registry;
    @Inject
    OrgDirectory directory;
    @Inject
    CallerScope scope;
    @Inject
    Feedback feedback;

    private final PagedList<OrderView> orders = new PagedList<>(new OrderSource(), OrderView::id);
    private List<OrderView> selected = new ArrayList<>();
    private PartnerView dispatchTo;
    private boolean overdueOnly;
    private boolean escalatedOnly;
    private OrgUnitView compound;
    private EnteredForm entered = new EnteredForm();
    /** Set when the board opens from a dashboard figure: the rows behind it. */
    private Long unit;
    private String quarter;
    private OrgUnitView figurePlace;
    private Quarter figureQuarter;

    /** The fields of the phone/walk-in dialog. */
    public static class EnteredForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String categoryCode;
        private OrgUnitView community;
        private OrgUnitView compound;
        private String placeDetail;
        private String description;
        private Channel channel = Channel.PHONE;
        private String reporterName;
        private String reporterPhone;

        public String getCategoryCode() {
            return categoryCode;
        }

        public void setCategoryCode(String categoryCode) {
            this.categoryCode = categoryCode;
        }

        public OrgUnitView getCommunity() {
            return community;
        }

        public void setCommunity(OrgUnitView community) {
            this.community = community;
        }

        public OrgUnitView getCompound() {
            return compound;
        }

        public void setCompound(OrgUnitView compound) {
            this.compound = compound;
        }

        public String getPlaceDetail() {
            return placeDetail;
        }

        public void setPlaceDetail(String placeDetail) {
            this.placeDetail = placeDetail;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public Channel getChannel() {
            return channel;
        }

        public void setChannel(Channel channel) {
            this.channel = channel;
        }

        public String getReporterName() {
            return reporterName;
        }

        public void setReporterName(String reporterName) {
            this.reporterName = reporterName;
        }

        public String getReporterPhone() {
            return reporterPhone;
        }

        public void setReporterPhone(String reporterPhone) {
            this.reporterPhone = reporterPhone;
        }
    }

    /** Opens the rows behind a dashboard figure ({@code ?unit=…&quarter=2026Q3}); a unit out of scope is 404. */
    public void openFigure() {
        if (unit != null) {
            scope.requireVisible(unit, "OrgUnit", unit);
            figurePlace = directory.find(unit).orElseThrow(() -> new NotFoundInScope("OrgUnit", unit));
        }
        if (quarter != null) {
            figureQuarter = Quarter.parse(quarter).orElse(null);
            if (figureQuarter == null) {
                feedback.errorIn(PartnersModule.BUNDLE, "board.badQuarter", quarter);
            }
        }
    }

    public void dispatchSelected() {
        List<Long> ids = selected.stream().map(OrderView::id).toList();
        Long partner = dispatchTo == null ? null : dispatchTo.id();
        if (feedback.attemptIn(PartnersModule.BUNDLE, () -> desk.dispatchAll(ids, partner == null ? -1 : partner),
                "board.dispatched", ids.size())) {
            selected = new ArrayList<>();
        }
    }

    public void prepareEntry() {
        entered = new EnteredForm();
    }

    public void enter() {
        EnteredForm f = entered;
        EnteredOrder order = new EnteredOrder(f.categoryCode, f.community == null ? null : f.community.id(),
                f.compound == null ? null : f.compound.id(), f.placeDetail, null, null, f.description, f.channel,
                f.reporterName, f.reporterPhone);
        feedback.attemptIn(PartnersModule.BUNDLE, () -> desk.enter(order), "board.entered");
    }

    /** Active partners in the caller's scope whose name matches, for bulk dispatch. */
    public List<PartnerView> completePartner(String query) {
        return registry.list(null, PartnerStatus.ACTIVE, query, new PageRequest(0, SUGGESTIONS, "name", true));
    }

    public List<OrgUnitView> completeCommunity(String query) {
        return directory.searchVisible(query, OrgLevel.COMMUNITY, SUGGESTIONS);
    }

    public List<OrgUnitView> completeCompound(String query) {
        return directory.searchVisible(query, OrgLevel.COMPOUND, SUGGESTIONS);
    }

    public WorkOrderStatus[] getStatuses() {
        return WorkOrderStatus.values();
    }

    public Channel[] getStaffChannels() {
        return new Channel[] {Channel.PHONE, Channel.WALK_IN};
    }

    private final class OrderSource implements PagedList.Source<OrderView> {
        private static final long serialVersionUID = 1L;

        @Override
        public long count(Map<String, Object> filters) {
            return desk.count(filter(filters));
        }

        @Override
        public List<OrderView> page(Map<String, Object> filters, PageRequest page) {
            return desk.board(filter(filters), page);
        }

        private BoardFilter filter(Map<String, Object> filters) {
            Object status = filters.get("status");
            Object category = filters.get("categoryCode");
            Object number = filters.get("globalFilter");
            Long orderNumber = null;
            if (number != null && number.toString().strip().matches("#?\\d{1,18}")) {
                orderNumber = Long.valueOf(number.toString().strip().replace("#", ""));
            }
            return new BoardFilter(status == null ? null : WorkOrderStatus.valueOf(status.toString()),
                    category == null ? null : category.toString(), compound == null ? null : compound.id(),
                    overdueOnly, escalatedOnly, orderNumber, figurePlace == null ? null : figurePlace.id(),
                    figureQuarter);
        }
    }

    /** Whether the list holds more orders than it counts (the paginator then asks to narrow the filter). */
    public boolean isCapped() {
        return orders.getRowCount() > WorkOrderDesk.COUNT_CAP;
    }

    public PagedList<OrderView> getOrders() {
        return orders;
    }

    public List<OrderView> getSelected() {
        return selected;
    }

    public void setSelected(List<OrderView> selected) {
        this.selected = selected;
    }

    public PartnerView getDispatchTo() {
        return dispatchTo;
    }

    public void setDispatchTo(PartnerView dispatchTo) {
        this.dispatchTo = dispatchTo;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public boolean isEscalatedOnly() {
        return escalatedOnly;
    }

    public void setEscalatedOnly(boolean escalatedOnly) {
        this.escalatedOnly = escalatedOnly;
    }

    public OrgUnitView getCompound() {
        return compound;
    }

    public void setCompound(OrgUnitView compound) {
        this.compound = compound;
    }

    public EnteredForm getEntered() {
        return entered;
    }

    public Long getUnit() {
        return unit;
    }

    public void setUnit(Long unit) {
        this.unit = unit;
    }

    public String getQuarter() {
        return quarter;
    }

    public void setQuarter(String quarter) {
        this.quarter = quarter;
    }

    public OrgUnitView getFigurePlace() {
        return figurePlace;
    }

    public Quarter getFigureQuarter() {
        return figureQuarter;
    }
}
