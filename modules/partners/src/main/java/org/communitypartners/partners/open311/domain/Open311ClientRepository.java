package org.communitypartners.partners.open311.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.communitypartners.kernel.api.PageRequest;

public interface Open311ClientRepository {

    Open311Client add(Open311Client client);

    Optional<Open311Client> find(long id);

    Optional<Open311Client> findByKeyHash(String keyHash);

    /** Notes the client's latest accepted request. */
    void markUsed(long id, Instant at);

    /** Clients of these subdistricts (null: all), newest first unless sorted otherwise. */
    List<Open311Client> list(Collection<Long> subdistrictIds, PageRequest page);

    long count(Collection<Long> subdistrictIds);
}
