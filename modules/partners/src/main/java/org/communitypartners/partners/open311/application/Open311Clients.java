package org.communitypartners.partners.open311.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
import org.communitypartners.partners.PartnersModule;
import org.communitypartners.partners.open311.domain.ApiKey;
import org.communitypartners.partners.open311.domain.Open311Client;
import org.communitypartners.partners.open311.domain.Open311ClientRepository;

/**
 * Issuing and revoking Open311 client keys, by administrators of the subdistrict a key is for
 * (or system administrators). A key is shown once, when issued; afterwards only its first
 * characters. Every issue and revocation is audited.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SUBDISTRICT_ADMIN})
public class Open311Clients {

    @Inject
    Open311ClientRepository clients;
    @Inject
    CallerScope scope;
    @Inject
    OrgDirectory directory;
    @Inject
    ModuleGate gate;
    @Inject
    AuditTrail audit;
    @Inject
    SecurityContext security;
    @Inject
    Clock clock;

    /** A client as the list shows it; the key itself is never shown again. */
    public record ClientView(long id, String name, long subdistrictId, String jurisdictionId,
                             String subdistrictName, String keyPrefix, String issuedBy, Instant issuedAt,
                             String revokedBy, Instant revokedAt, Instant lastUsedAt, boolean active, long version) {
    }

    /** A new client with its key, to be copied now. */
    public record Issued(ClientView client, String apiKey) {
    }

    /** The subdistricts the caller may issue keys for (where the partners module is on). */
    public List<OrgUnitView> jurisdictions() {
        return directory.searchVisible("", OrgLevel.SUBDISTRICT, PageRequest.MAX_SIZE).stream()
                .filter(u -> gate.isEnabledAt(PartnersModule.KEY, u.id())).toList();
    }

    public List<ClientView> list(PageRequest page) {
        return clients.list(visibleSubdistricts(), page).stream().map(this::view).toList();
    }

    public long count() {
        return clients.count(visibleSubdistricts());
    }

    public Issued issue(Long subdistrictId, String name) {
        OrgUnitView subdistrict = subdistrictId == null ? null : directory.find(subdistrictId)
                .filter(u -> u.level() == OrgLevel.SUBDISTRICT && u.active()).orElse(null);
        if (subdistrict == null) {
            throw new RuleViolation(PartnersModule.BUNDLE, "open311.jurisdictionRequired");
        }
        scope.requireVisible(subdistrict.id(), "OrgUnit", subdistrict.id());
        gate.requireEnabledAt(PartnersModule.KEY, subdistrict.id());
        ApiKey key = ApiKey.next();
        Open311Client client = clients.add(new Open311Client(name, subdistrict.id(), key, caller(), clock.instant()));
        audit.success("open311.issue", Open311Desk.CLIENT_TARGET, client.getId(),
                client.getName() + " for " + subdistrict.code() + " key " + client.getKeyPrefix());
        return new Issued(view(client), key.value());
    }

    public ClientView revoke(long clientId, long version) {
        Open311Client client = clients.find(clientId).orElseThrow(() -> new NotFoundInScope(
                Open311Desk.CLIENT_TARGET, clientId));
        scope.requireVisible(client.getSubdistrictId(), Open311Desk.CLIENT_TARGET, clientId);
        if (client.getVersion() != version) {
            throw new OptimisticLockException(client);
        }
        client.revoke(caller(), clock.instant());
        audit.success("open311.revoke", Open311Desk.CLIENT_TARGET, client.getId(),
                client.getName() + " key " + client.getKeyPrefix());
        return view(client);
    }

    private Set<Long> visibleSubdistricts() {
        return scope.coversWholeTree() ? null : scope.visibleUnitIds().stream().collect(Collectors.toSet());
    }

    private ClientView view(Open311Client c) {
        OrgUnitView unit = directory.find(c.getSubdistrictId()).orElseThrow();
        return new ClientView(c.getId(), c.getName(), c.getSubdistrictId(), unit.code(), unit.name(),
                c.getKeyPrefix(), c.getIssuedBy(), c.getIssuedAt(), c.getRevokedBy(), c.getRevokedAt(),
                c.getLastUsedAt(), c.isActive(), c.getVersion());
    }

    private String caller() {
        return security.getCallerPrincipal().getName();
    }
}
