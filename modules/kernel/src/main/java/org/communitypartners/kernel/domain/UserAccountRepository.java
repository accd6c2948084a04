package org.communitypartners.kernel.domain;

import java.util.List;
import java.util.Optional;
import org.communitypartners.kernel.api.PageRequest;

public interface UserAccountRepository {

    Optional<UserAccount> find(long id);

    Optional<UserAccount> findByUsername(String username);

    UserAccount add(UserAccount account);

    List<UserAccount> boundToPartner(long partnerId);

    long countAll();

    List<UserAccount> list(UserFilter filter, PageRequest page);

    long count(UserFilter filter);

    /** Accounts granted a node within {@code within}, optionally by part of the name and a role. */
    record UserFilter(TreePath within, String text, String role) {
    }
}
