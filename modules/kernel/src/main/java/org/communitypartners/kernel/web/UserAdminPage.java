package org.communitypartners.kernel.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.kernel.api.web.PagedList;
import org.communitypartners.kernel.application.OrgTreeService;
import org.communitypartners.kernel.application.UserAdministration;
import org.communitypartners.kernel.application.UserAdministration.AccountView;
import org.communitypartners.kernel.domain.OrgUnitRepository.OrgUnitFilter;
import org.omnifaces.cdi.ViewScoped;

/** Users, their roles and the node each is granted, within the administrator's subtree. */
@Named
@ViewScoped
public class UserAdminPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    UserAdministration administration;
    @Inject
    OrgTreeService tree;
    @Inject
    Feedback feedback;

    private final PagedList<AccountView> accounts = new PagedList<>(new AccountSource(), AccountView::id);

    private AccountView target;
    private String username;
    private String displayName;
    private List<String> roles = new ArrayList<>();
    private OrgUnitView grantedUnit;
    private String oneTimePassword;

    public void prepareCreate() {
        target = null;
        username = null;
        displayName = null;
        roles = new ArrayList<>();
        grantedUnit = null;
        oneTimePassword = null;
    }

    public void prepareEdit(AccountView account) {
        target = account;
        username = account.username();
        displayName = account.displayName();
        roles = new ArrayList<>(account.roles());
        grantedUnit = tree.get(account.grantedUnitId());
        oneTimePassword = null;
    }

    public void save() {
        if (grantedUnit == null) {
            feedback.error("user.unitRequired");
            return;
        }
        if (target == null) {
            feedback.attempt(() -> administration.create(username, displayName, new HashSet<>(roles), grantedUnit.id(),
                    null, oneTimePassword), "user.created", username);
        } else {
            feedback.attempt(() -> administration.update(target.id(), target.version(), displayName, new HashSet<>(roles),
                    grantedUnit.id(), target.partnerId()), "user.updated", username);
        }
    }

    public void resetPassword() {
        feedback.attempt(() -> administration.resetPassword(target.id(), oneTimePassword), "user.passwordReset",
                target.username());
    }

    public void unlock(AccountView account) {
        feedback.attempt(() -> administration.unlock(account.id()), "user.unlocked", account.username());
    }

    public void setActive(AccountView account, boolean active) {
        feedback.attempt(() -> administration.setActive(account.id(), active),
                active ? "user.reactivated" : "user.deactivated", account.username());
    }

    public List<OrgUnitView> completeUnit(String query) {
        return tree.list(new OrgUnitFilter(null, null, query, true), new PageRequest(0, 20, "code", true));
    }

    public List<String> getAllRoles() {
        return Roles.ALL;
    }

    private final class AccountSource implements PagedList.Source<AccountView> {
        private static final long serialVersionUID = 1L;

        @Override
        public long count(Map<String, Object> filters) {
            return administration.count((String) filters.get("globalFilter"), (String) filters.get("roles"));
        }

        @Override
        public List<AccountView> page(Map<String, Object> filters, PageRequest page) {
            return administration.list((String) filters.get("globalFilter"), (String) filters.get("roles"), page);
        }
    }

    public PagedList<AccountView> getAccounts() {
        return accounts;
    }

    public AccountView getTarget() {
        return target;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public OrgUnitView getGrantedUnit() {
        return grantedUnit;
    }

    public void setGrantedUnit(OrgUnitView grantedUnit) {
        this.grantedUnit = grantedUnit;
    }

    public String getOneTimePassword() {
        return oneTimePassword;
    }

    public void setOneTimePassword(String oneTimePassword) {
        this.oneTimePassword = oneTimePassword;
    }
}
