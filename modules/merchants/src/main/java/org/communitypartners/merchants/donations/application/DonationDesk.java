package org.communitypartners.merchants.donations.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.security.enterprise.SecurityContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.communitypartners.kernel.api.AuditTrail;
import org.communitypartners.kernel.api.CallerScope;
import org.communitypartners.kernel.api.ModuleGate;
import org.communitypartners.kernel.api.NotFoundInScope;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.kernel.api.web.ShanghaiTime;
import org.communitypartners.merchants.MerchantsModule;
import org.communitypartners.merchants.donations.application.DonationViews.DonationView;
import org.communitypartners.merchants.donations.application.DonationViews.DueEntry;
import org.communitypartners.merchants.donations.application.DonationViews.InspectionView;
import org.communitypartners.merchants.donations.application.DonationViews.ItemView;
import org.communitypartners.merchants.donations.application.DonationViews.PlacementView;
import org.communitypartners.merchants.donations.application.DonationViews.ReminderView;
import org.communitypartners.merchants.donations.domain.DonatedItem;
import org.communitypartners.merchants.donations.domain.Donation;
import org.communitypartners.merchants.donations.domain.DonationRepository;
import org.communitypartners.merchants.donations.domain.DonationRules;
import org.communitypartners.merchants.donations.domain.ExpiryReminder;
import org.communitypartners.merchants.donations.domain.ExpiryRule;
import org.communitypartners.merchants.donations.domain.Inspection;
import org.communitypartners.merchants.donations.domain.InspectionResult;
import org.communitypartners.merchants.donations.domain.Placement;
import org.communitypartners.partners.api.PartnerKind;
import org.communitypartners.partners.api.PartnerLookup;
import org.communitypartners.partners.api.PartnerStatus;
import org.communitypartners.partners.api.PartnerView;

/**
 * Donations to communities for community and subdistrict staff: a partner's donation with its
 * items, where the items were placed, inspections, renewed expiry dates, and what is due — the
 * placements expiring within 30 days or expired, with the reminders the daily job raised. Anything
 * outside the caller's part of the tree answers as missing.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN, Roles.COMMUNITY_STAFF})
public class DonationDesk {
    static final String DONATION = "Donation";
    static final String PLACEMENT = "DonationPlacement";
    private static final String BUNDLE = MerchantsModule.BUNDLE;
    private static final int DUE_LIMIT = 500;
    private static final int CHOICES = 100;

    @Inject
    DonationRepository donations;
    @Inject
    PartnerLookup partners;
    @Inject
    CallerScope scope;
    @Inject
    ModuleGate gate;
    @Inject
    OrgDirectory directory;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Inject
    SecurityContext security;

    public record ItemDraft(String name, Integer quantity, String unit) {
    }

    /** A donation as written: the community, the donor partner (any kind, active), the day, a note, the items. */
    public record DonationDraft(Long communityId, Long donorPartnerId, LocalDate donatedOn, String note,
                                List<ItemDraft> items) {
    }

    /** Some of an item at a spot: the site is the community or one of its compounds; coordinates optional (WGS-84). */
    public record PlacementDraft(Long itemId, Long siteUnitId, String location, BigDecimal latitude,
                                 BigDecimal longitude, Integer quantity, LocalDate placedOn, LocalDate expiresOn) {
    }

    public record InspectionDraft(LocalDate inspectedOn, String inspector, InspectionResult result, String note) {
    }

    public DonationView record(DonationDraft draft) {
        if (draft == null || draft.communityId() == null) {
            throw new RuleViolation(BUNDLE, "donation.communityRequired");
        }
        OrgUnitView community = community(draft.communityId());
        PartnerView donor = donor(draft.donorPartnerId());
        if (draft.items() == null || draft.items().isEmpty()) {
            throw new RuleViolation(BUNDLE, "donation.itemsRequired");
        }
        long subdistrict = directory.subdistrictOf(community.id()).orElseThrow().id();
        Donation donation = donations.add(new Donation(subdistrict, community.id(), donor.id(), donor.name(),
                draft.donatedOn(), draft.note(), today(), caller(), clock.instant()));
        StringBuilder detail = new StringBuilder(donor.name());
        for (ItemDraft item : draft.items()) {
            DonatedItem added = donations.add(new DonatedItem(donation.getId(), item.name(), item.quantity(),
                    item.unit()));
            detail.append(' ').append(added.getName()).append(" x").append(added.getQuantity());
        }
        audit.success("donation.record", DONATION, donation.getId(), detail.toString());
        return view(donation);
    }

    public DonationView get(long id) {
        return view(visible(id));
    }

    public List<DonationView> list(Long communityId, PageRequest page) {
        return donations.list(visibleCommunities(), checked(communityId), page).stream().map(this::view).toList();
    }

    public long count(Long communityId) {
        return donations.count(visibleCommunities(), checked(communityId));
    }

    public PlacementView place(long donationId, PlacementDraft draft) {
        Donation donation = visible(donationId);
        PlacementDraft d = draft == null ? new PlacementDraft(null, null, null, null, null, null, null, null) : draft;
        DonatedItem item = donations.items(donationId).stream().filter(i -> d.itemId() != null && i.getId() == d.itemId())
                .findFirst().orElseThrow(() -> new RuleViolation(BUNDLE, "donation.itemRequired"));
        int quantity = DonationRules.quantity(d.quantity());
        DonationRules.requireRoom(item, donations.placements(donationId), quantity);
        OrgUnitView site = site(donation.getCommunityId(), d.siteUnitId());
        Placement placement = donations.add(new Placement(donationId, item.getId(), donation.getCommunityId(),
                new Placement.Spot(site.id(), d.location(), d.latitude(), d.longitude(), quantity, d.placedOn(),
                        d.expiresOn())));
        audit.success("donation.place", DONATION, donationId, placement.getId() + " " + item.getName() + " x" + quantity
                + " " + site.name() + " " + placement.getLocation() + " expires " + placement.getExpiresOn());
        return placementView(placement, Map.of(item.getId(), item), today());
    }

    /** A refilled or replaced item's new last day; the reminders start over from it. */
    public PlacementView renew(long placementId, long version, LocalDate expiresOn) {
        Placement placement = visiblePlacement(placementId);
        if (placement.getVersion() != version) {
            throw new OptimisticLockException();
        }
        LocalDate before = placement.getExpiresOn();
        placement.renew(expiresOn);
        audit.success("donation.renew", PLACEMENT, placementId, before + " -> " + placement.getExpiresOn());
        return placementView(placement, itemsOf(List.of(placement.getDonationId())), today());
    }

    public InspectionView inspect(long placementId, InspectionDraft draft) {
        Placement placement = visiblePlacement(placementId);
        InspectionDraft d = draft == null ? new InspectionDraft(null, null, null, null) : draft;
        Inspection inspection = donations.add(new Inspection(placement, d.inspectedOn(), d.inspector(), d.result(),
                d.note(), today(), caller(), clock.instant()));
        audit.success("donation.inspect", PLACEMENT, placementId, inspection.getInspectedOn() + " "
                + inspection.getResult() + " " + inspection.getInspector());
        return InspectionView.of(inspection);
    }

    public List<InspectionView> inspections(long placementId) {
        visiblePlacement(placementId);
        return donations.inspections(placementId).stream().map(InspectionView::of).toList();
    }

    public List<ReminderView> reminders(long placementId) {
        visiblePlacement(placementId);
        return donations.reminders(placementId).stream().map(DonationDesk::reminderView).toList();
    }

    /** What is due in the caller's communities: expired first, then soonest to expire, each with its open reminder. */
    public List<DueEntry> due() {
        LocalDate today = today();
        Collection<Long> communities = visibleCommunities();
        List<Placement> placements = donations.expiringBy(communities, ExpiryRule.dueUpTo(today), DUE_LIMIT).stream()
                .filter(p -> gate.isEnabledAt(MerchantsModule.KEY, p.getCommunityId())).toList();
        Map<Long, ExpiryReminder> open = new HashMap<>();
        donations.openReminders(communities, DUE_LIMIT).forEach(r -> open.merge(r.getPlacementId(), r,
                (a, b) -> a.getThreshold().compareTo(b.getThreshold()) >= 0 ? a : b));
        List<Long> donationIds = placements.stream().map(Placement::getDonationId).distinct().toList();
        Map<Long, DonatedItem> items = itemsOf(donationIds);
        Map<Long, String> donors = new HashMap<>();
        donationIds.forEach(id -> donations.find(id).ifPresent(d -> donors.put(id, d.getDonorName())));
        List<DueEntry> due = new ArrayList<>();
        for (Placement p : placements) {
            ExpiryReminder reminder = open.get(p.getId());
            due.add(new DueEntry(placementView(p, items, today), donors.getOrDefault(p.getDonationId(), ""),
                    reminder == null ? null : reminder.getId(), reminder == null ? null : reminder.getThreshold(),
                    reminder == null ? null : reminder.getRaisedAt()));
        }
        return due;
    }

    public ReminderView acknowledge(long reminderId) {
        ExpiryReminder reminder = donations.reminder(reminderId)
                .orElseThrow(() -> new NotFoundInScope("DonationReminder", reminderId));
        scope.requireVisible(reminder.getCommunityId(), "DonationReminder", reminderId);
        gate.requireEnabledAt(MerchantsModule.KEY, reminder.getCommunityId());
        reminder.acknowledge(caller(), clock.instant());
        audit.success("donation.reminder.acknowledge", PLACEMENT, reminder.getPlacementId(),
                reminder.getThreshold() + " " + reminder.getExpiresOn());
        return reminderView(reminder);
    }

    /** Active partners of every kind the caller sees: any partner may donate. */
    public List<PartnerView> donorChoices() {
        return Stream.of(PartnerKind.values()).flatMap(kind -> partners.activeOfKind(kind, "", CHOICES).stream())
                .sorted(Comparator.comparing(PartnerView::name)).toList();
    }

    public List<OrgUnitView> communities() {
        return directory.searchVisible("", OrgLevel.COMMUNITY, CHOICES);
    }

    /** Where items of the donation may stand: its community and the community's compounds. */
    public List<OrgUnitView> sites(long donationId) {
        Donation donation = visible(donationId);
        List<OrgUnitView> sites = new ArrayList<>();
        directory.find(donation.getCommunityId()).ifPresent(sites::add);
        directory.children(donation.getCommunityId()).stream().filter(u -> u.level() == OrgLevel.COMPOUND && u.active())
                .forEach(sites::add);
        return sites;
    }

    private PartnerView donor(Long partnerId) {
        if (partnerId == null) {
            throw new RuleViolation(BUNDLE, "donation.donorRequired");
        }
        PartnerView donor = partners.find(partnerId).orElseThrow(() -> new NotFoundInScope("Partner", partnerId));
        if (donor.status() != PartnerStatus.ACTIVE) {
            throw new RuleViolation(BUNDLE, "donation.donorNotActive", donor.name());
        }
        return donor;
    }

    private OrgUnitView community(long communityId) {
        scope.requireVisible(communityId, "OrgUnit", communityId);
        OrgUnitView community = directory.find(communityId).filter(u -> u.level() == OrgLevel.COMMUNITY && u.active())
                .orElseThrow(() -> new RuleViolation(BUNDLE, "donation.notACommunity"));
        gate.requireEnabledAt(MerchantsModule.KEY, communityId);
        return community;
    }

    /** The community itself or one of its compounds. */
    private OrgUnitView site(long communityId, Long siteUnitId) {
        if (siteUnitId == null) {
            throw new RuleViolation(BUNDLE, "donation.siteRequired");
        }
        scope.requireVisible(siteUnitId, "OrgUnit", siteUnitId);
        return directory.find(siteUnitId)
                .filter(u -> u.id() == communityId || (u.level() == OrgLevel.COMPOUND && u.parentId() != null
                        && u.parentId() == communityId))
                .orElseThrow(() -> new RuleViolation(BUNDLE, "donation.siteNotInCommunity"));
    }

    private Donation visible(long id) {
        Donation donation = donations.find(id).orElseThrow(() -> new NotFoundInScope(DONATION, id));
        scope.requireVisible(donation.getCommunityId(), DONATION, id);
        gate.requireEnabledAt(MerchantsModule.KEY, donation.getCommunityId());
        return donation;
    }

    private Placement visiblePlacement(long id) {
        Placement placement = donations.placement(id).orElseThrow(() -> new NotFoundInScope(PLACEMENT, id));
        scope.requireVisible(placement.getCommunityId(), PLACEMENT, id);
        gate.requireEnabledAt(MerchantsModule.KEY, placement.getCommunityId());
        return placement;
    }

    private Collection<Long> visibleCommunities() {
        return scope.coversWholeTree() ? null : scope.visibleUnitIds();
    }

    private Long checked(Long communityId) {
        if (communityId != null) {
            scope.requireVisible(communityId, "OrgUnit", communityId);
        }
        return communityId;
    }

    private Map<Long, DonatedItem> itemsOf(List<Long> donationIds) {
        return donations.items(donationIds).stream().collect(Collectors.toMap(DonatedItem::getId, i -> i));
    }

    private DonationView view(Donation d) {
        List<DonatedItem> items = donations.items(d.getId());
        List<Placement> placements = donations.placements(d.getId());
        Map<Long, Integer> placed = placements.stream()
                .collect(Collectors.groupingBy(Placement::getItemId, Collectors.summingInt(Placement::getQuantity)));
        Map<Long, DonatedItem> byId = items.stream().collect(Collectors.toMap(DonatedItem::getId, i -> i));
        LocalDate today = today();
        return new DonationView(d.getId(), d.getCommunityId(), unitName(d.getCommunityId()), d.getDonorPartnerId(),
                d.getDonorName(), d.getDonatedOn(), d.getNote(),
                items.stream().map(i -> ItemView.of(i, placed.getOrDefault(i.getId(), 0))).toList(),
                placements.stream().map(p -> placementView(p, byId, today)).toList(), d.getRecordedBy(),
                d.getRecordedAt(), d.getVersion());
    }

    private PlacementView placementView(Placement p, Map<Long, DonatedItem> items, LocalDate today) {
        DonatedItem item = items.get(p.getItemId());
        return new PlacementView(p.getId(), p.getDonationId(), p.getItemId(), item == null ? "" : item.getName(),
                p.getSiteUnitId(), unitName(p.getSiteUnitId()), p.getLocation(), p.getLatitude(), p.getLongitude(),
                p.getQuantity(), p.getPlacedOn(), p.getExpiresOn(), ExpiryRule.daysLeft(p.getExpiresOn(), today),
                ExpiryRule.reached(p.getExpiresOn(), today).orElse(null), p.getLastInspectedOn(), p.getLastResult(),
                p.getVersion());
    }

    private static ReminderView reminderView(ExpiryReminder r) {
        return new ReminderView(r.getId(), r.getPlacementId(), r.getThreshold(), r.getExpiresOn(), r.getRaisedAt(),
                r.getAcknowledgedBy(), r.getAcknowledgedAt());
    }

    private String unitName(long unitId) {
        return directory.find(unitId).map(OrgUnitView::name).orElse("");
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ShanghaiTime.ZONE));
    }

    private String caller() {
        return security.getCallerPrincipal().getName();
    }
}
