package org.communitypartners.property.votes.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.persistence.LikePatterns;
import org.communitypartners.property.domain.PropertyUnit;
import org.communitypartners.property.infrastructure.PropertyPersistence;
import org.communitypartners.property.votes.domain.Ballot;
import org.communitypartners.property.votes.domain.BallotChoice;
import org.communitypartners.property.votes.domain.DeveloperUnit;
import org.communitypartners.property.votes.domain.Elector;
import org.communitypartners.property.votes.domain.Electorate.RegisterUnit;
import org.communitypartners.property.votes.domain.OwnerUnitBinding;
import org.communitypartners.property.votes.domain.OwnerVote;
import org.communitypartners.property.votes.domain.PaperBallotScan;
import org.communitypartners.property.votes.domain.Tally.Counted;
import org.communitypartners.property.votes.domain.VoteRepository;
import org.communitypartners.property.votes.domain.VoteStatus;

@ApplicationScoped
public class JpaVoteRepository implements VoteRepository {
    private static final int BATCH = 50;
    private static final Map<String, String> ELECTOR_SORTABLE = Map.of("buildingNumber", "e.buildingNumber",
            "unitNumber", "e.unitNumber", "area", "e.area");

    @PersistenceContext(unitName = PropertyPersistence.UNIT)
    private EntityManager em;

    @Override
    public void add(Object row) {
        em.persist(row);
        em.flush();
    }

    @Override
    public void remove(Object row) {
        em.remove(row);
        em.flush();
    }

    @Override
    public Optional<OwnerVote> vote(long id) {
        return Optional.ofNullable(em.find(OwnerVote.class, id));
    }

    @Override
    public List<OwnerVote> votes(long compoundId) {
        return em.createQuery("SELECT v FROM OwnerVote v WHERE v.compoundId = :compound ORDER BY v.id DESC",
                OwnerVote.class).setParameter("compound", compoundId).getResultList();
    }

    @Override
    public List<OwnerVote> openedVotes(Collection<Long> compoundIds) {
        if (compoundIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT v FROM OwnerVote v WHERE v.compoundId IN :compounds AND v.status <> :draft"
                + " ORDER BY v.id DESC", OwnerVote.class).setParameter("compounds", compoundIds)
                .setParameter("draft", VoteStatus.DRAFT).getResultList();
    }

    @Override
    public List<RegisterUnit> registerUnits(long compoundId) {
        Map<Long, Set<String>> owners = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT o.unitId, o.idNumberHash FROM UnitOwner o"
                + " WHERE o.compoundId = :compound", Object[].class).setParameter("compound", compoundId)
                .getResultList()) {
            owners.computeIfAbsent((Long) row[0], u -> new TreeSet<>()).add((String) row[1]);
        }
        Set<Long> developer = new HashSet<>(em.createQuery("SELECT d.unitId FROM DeveloperUnit d"
                + " WHERE d.compoundId = :compound", Long.class).setParameter("compound", compoundId).getResultList());
        List<RegisterUnit> units = new ArrayList<>();
        for (Object[] row : em.createQuery("SELECT u.id, b.id, b.number, u.unitNumber, u.exclusiveArea"
                + " FROM PropertyUnit u, Building b WHERE b.id = u.buildingId AND u.compoundId = :compound"
                + " ORDER BY b.number, u.unitNumber, u.id", Object[].class).setParameter("compound", compoundId)
                .getResultList()) {
            long unitId = (Long) row[0];
            units.add(new RegisterUnit(unitId, (Long) row[1], (String) row[2], (String) row[3], (BigDecimal) row[4],
                    owners.getOrDefault(unitId, Set.of()), developer.contains(unitId)));
        }
        return units;
    }

    /**
     * Multi-row inserts of {@value #BATCH} seats each: with identity keys JPA would insert one row
     * per statement. Not more per statement: EclipseLink files a native query's parameters in a
     * list it searches for every one it adds, so 500 rows (4,000 parameters) a statement took
     * longer than one row at a time.
     */
    @Override
    public void addElectors(List<Elector> electors) {
        for (int from = 0; from < electors.size(); from += BATCH) {
            List<Elector> chunk = electors.subList(from, Math.min(electors.size(), from + BATCH));
            StringBuilder sql = new StringBuilder("INSERT INTO property_vote_elector (vote_id, unit_id, building_id,"
                    + " building_number, unit_number, area, head_key, developer_held, version) VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, 0)");
            }
            Query insert = em.createNativeQuery(sql.toString());
            int parameter = 1;
            for (Elector e : chunk) {
                insert.setParameter(parameter++, e.getVoteId());
                insert.setParameter(parameter++, e.getUnitId());
                insert.setParameter(parameter++, e.getBuildingId());
                insert.setParameter(parameter++, e.getBuildingNumber());
                insert.setParameter(parameter++, e.getUnitNumber());
                insert.setParameter(parameter++, e.getArea());
                insert.setParameter(parameter++, e.getHeadKey());
                insert.setParameter(parameter++, e.isDeveloperHeld());
            }
            insert.executeUpdate();
        }
    }

    @Override
    public Optional<Elector> elector(long voteId, long unitId) {
        return em.createQuery("SELECT e FROM Elector e WHERE e.voteId = :vote AND e.unitId = :unit", Elector.class)
                .setParameter("vote", voteId).setParameter("unit", unitId).getResultStream().findFirst();
    }

    @Override
    public List<Elector> electors(long voteId, Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT e FROM Elector e WHERE e.voteId = :vote AND e.unitId IN :units"
                + " ORDER BY e.buildingNumber, e.unitNumber", Elector.class).setParameter("vote", voteId)
                .setParameter("units", unitIds).getResultList();
    }

    @Override
    public List<Counted> counted(long voteId) {
        List<Counted> counted = new ArrayList<>();
        for (Object[] row : em.createQuery("SELECT e.buildingNumber, e.area, e.headKey, e.choice FROM Elector e"
                + " WHERE e.voteId = :vote ORDER BY e.buildingNumber", Object[].class).setParameter("vote", voteId)
                .getResultList()) {
            counted.add(new Counted((String) row[0], (BigDecimal) row[1], (String) row[2], (BallotChoice) row[3]));
        }
        return counted;
    }

    @Override
    public long countElectors(long voteId, String text) {
        return electorQuery("SELECT COUNT(e) FROM Elector e", voteId, text, "", Long.class).getSingleResult();
    }

    @Override
    public List<Elector> electors(long voteId, String text, PageRequest page) {
        return electorQuery("SELECT e FROM Elector e", voteId, text,
                page.orderBy(ELECTOR_SORTABLE, "e.buildingNumber, e.unitNumber, e.id"), Elector.class)
                .setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    }

    private <T> TypedQuery<T> electorQuery(String select, long voteId, String text, String tail, Class<T> type) {
        boolean byText = text != null && !text.isBlank();
        TypedQuery<T> query = em.createQuery(select + " WHERE e.voteId = :vote"
                + (byText ? " AND (LOWER(e.unitNumber) LIKE :text ESCAPE '\\'"
                + " OR LOWER(e.buildingNumber) LIKE :text ESCAPE '\\')" : "") + tail, type)
                .setParameter("vote", voteId);
        if (byText) {
            query.setParameter("text", LikePatterns.containing(text));
        }
        return query;
    }

    @Override
    public List<Ballot> ballots(long voteId, long unitId) {
        return em.createQuery("SELECT b FROM Ballot b WHERE b.voteId = :vote AND b.unitId = :unit ORDER BY b.id DESC",
                Ballot.class).setParameter("vote", voteId).setParameter("unit", unitId).getResultList();
    }

    @Override
    public Optional<PaperBallotScan> scan(long id) {
        return Optional.ofNullable(em.find(PaperBallotScan.class, id));
    }

    @Override
    public Optional<PropertyUnit> unit(long id) {
        return Optional.ofNullable(em.find(PropertyUnit.class, id));
    }

    @Override
    public Optional<PropertyUnit> unitByNumber(long compoundId, String buildingNumber, String unitNumber) {
        if (buildingNumber == null || unitNumber == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT u FROM PropertyUnit u, Building b WHERE b.id = u.buildingId"
                + " AND u.compoundId = :compound AND b.number = :building AND u.unitNumber = :unit", PropertyUnit.class)
                .setParameter("compound", compoundId).setParameter("building", buildingNumber.strip())
                .setParameter("unit", unitNumber.strip()).getResultStream().findFirst();
    }

    @Override
    public Optional<OwnerUnitBinding> binding(long id) {
        return Optional.ofNullable(em.find(OwnerUnitBinding.class, id));
    }

    @Override
    public boolean bound(String username, long unitId) {
        return !em.createQuery("SELECT b.id FROM OwnerUnitBinding b WHERE b.username = :user AND b.unitId = :unit",
                Long.class).setParameter("user", username).setParameter("unit", unitId).setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    public List<OwnerUnitBinding> bindings(long compoundId) {
        return em.createQuery("SELECT b FROM OwnerUnitBinding b WHERE b.compoundId = :compound"
                + " ORDER BY b.username, b.unitId", OwnerUnitBinding.class).setParameter("compound", compoundId)
                .getResultList();
    }

    @Override
    public List<OwnerUnitBinding> bindingsOf(String username) {
        return em.createQuery("SELECT b FROM OwnerUnitBinding b WHERE b.username = :user ORDER BY b.unitId",
                OwnerUnitBinding.class).setParameter("user", username).getResultList();
    }

    @Override
    public Optional<DeveloperUnit> developerUnit(long unitId) {
        return em.createQuery("SELECT d FROM DeveloperUnit d WHERE d.unitId = :unit", DeveloperUnit.class)
                .setParameter("unit", unitId).getResultStream().findFirst();
    }

    @Override
    public List<DeveloperUnit> developerUnits(long compoundId) {
        return em.createQuery("SELECT d FROM DeveloperUnit d WHERE d.compoundId = :compound ORDER BY d.unitId",
                DeveloperUnit.class).setParameter("compound", compoundId).getResultList();
    }
}
