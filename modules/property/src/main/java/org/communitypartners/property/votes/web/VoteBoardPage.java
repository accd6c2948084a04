package org.communitypartners.property.votes.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.communitypartners.kernel.api.OrgDirectory;
import org.communitypartners.kernel.api.OrgLevel;
import org.communitypartners.kernel.api.OrgUnitView;
import org.communitypartners.kernel.api.PageRequest;
import org.communitypartners.kernel.api.Roles;
import org.communitypartners.kernel.api.RuleViolation;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.kernel.api.web.PagedList;
import org.communitypartners.property.PropertyModule;
import org.communitypartners.property.votes.application.OwnerAccountsDesk;
import org.communitypartners.property.votes.application.VoteDesk;
import org.communitypartners.property.votes.application.VoteDesk.NewVote;
import org.communitypartners.property.votes.application.VoteViews.BallotView;
import org.communitypartners.property.votes.application.VoteViews.BindingView;
import org.communitypartners.property.votes.application.VoteViews.DeveloperUnitView;
import org.communitypartners.property.votes.application.VoteViews.ElectorView;
import org.communitypartners.property.votes.application.VoteViews.TallyView;
import org.communitypartners.property.votes.application.VoteViews.VoteView;
import org.communitypartners.property.votes.domain.BallotChoice;
import org.communitypartners.property.votes.domain.BallotScan;
import org.communitypartners.property.votes.domain.MatterType;
import org.communitypartners.property.votes.domain.VoteStatus;
import org.omnifaces.cdi.ViewScoped;

/**
 * The vote board of a compound for the owners' committee, community staff and the notary:
 * drafting, opening, paper ballots, closing, the tally and the notary's co-signature; and, for
 * community staff, owners' accounts bound to units and the developer's units.
 */
@Named("voteBoardPage")
@ViewScoped
public class VoteBoardPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 20;

    @Inject
    VoteDesk desk;
    @Inject
    OwnerAccountsDesk accounts;
    @Inject
    OrgDirectory directory;
    @Inject
    SecurityContext security;
    @Inject
    Feedback feedback;

    private Long compoundId;
    private OrgUnitView compoundUnit;
    private List<VoteView> votes;
    private VoteView vote;
    private TallyView tally;
    private final PagedList<ElectorView> electors = new PagedList<>(new ElectorSource(), ElectorView::unitId);
    private List<BindingView> bindings;
    private List<DeveloperUnitView> developerUnits;

    private MatterType matter;
    private String question;
    private boolean secret;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private ElectorView seat;
    private List<BallotView> history;
    private BallotChoice choice;
    private transient Part scanFile;
    private String username;
    private String buildingNumber;
    private String unitNumber;
    private String developerBuilding;
    private String developerUnit;

    public List<OrgUnitView> completeCompound(String query) {
        return directory.searchVisible(query, OrgLevel.COMPOUND, SUGGESTIONS);
    }

    /** Opens the compound named in the address (?compound=id); one out of reach answers as not found. */
    public void open() {
        if (compoundId != null) {
            votes = desk.votes(compoundId);
            compoundUnit = directory.find(compoundId).orElseThrow();
            loadAccounts();
        }
    }

    public void pick() {
        vote = null;
        tally = null;
        if (compoundUnit != null) {
            compoundId = compoundUnit.id();
            feedback.attemptIn(PropertyModule.BUNDLE, () -> {
                votes = desk.votes(compoundId);
                loadAccounts();
            }, null);
        }
    }

    private void loadAccounts() {
        if (isAccountsManager()) {
            bindings = accounts.bindings(compoundId);
            developerUnits = accounts.developerUnits(compoundId);
        }
    }

    public void select(VoteView picked) {
        vote = desk.vote(picked.id());
        tally = vote.status() == VoteStatus.DRAFT ? null : desk.tally(vote.id());
    }

    private void reload() {
        votes = desk.votes(compoundId);
        if (vote != null) {
            select(vote);
        }
    }

    public void prepareVote() {
        matter = null;
        question = null;
        secret = false;
        startsOn = null;
        endsOn = null;
    }

    public void createVote() {
        NewVote draft = new NewVote(compoundId, matter, question, secret, startsOn, endsOn);
        feedback.attemptIn(PropertyModule.BUNDLE, () -> vote = desk.create(draft), "vote.board.created");
        reload();
    }

    public void openVote() {
        feedback.attemptIn(PropertyModule.BUNDLE, () -> desk.open(vote.id()), "vote.board.opened");
        reload();
    }

    public void closeVote() {
        feedback.attemptIn(PropertyModule.BUNDLE, () -> desk.close(vote.id()), "vote.board.closed");
        reload();
    }

    public void cosign() {
        feedback.attemptIn(PropertyModule.BUNDLE, () -> desk.cosign(vote.id()), "vote.board.cosigned");
        reload();
    }

    public void recount() {
        reload();
    }

    public void prepareBallot(ElectorView picked) {
        seat = picked;
        choice = null;
        history = desk.ballots(vote.id(), picked.unitId());
    }

    /** Enters the paper ballot of the prepared unit with its scan (a full-page post: it carries a file). */
    public void enterPaperBallot() {
        String unit = seat == null ? "" : seat.buildingNumber() + "-" + seat.unitNumber();
        feedback.attemptIn(PropertyModule.BUNDLE, () -> {
            if (seat == null) {
                throw new RuleViolation(PropertyModule.BUNDLE, "vote.unitRequired");
            }
            desk.enterPaperBallot(vote.id(), seat.unitId(), choice, bytes(scanFile));
        }, "vote.board.paperEntered", unit);
        seat = null;
        reload();
    }

    private static byte[] bytes(Part part) {
        if (part == null || part.getSize() == 0) {
            return new byte[0];
        }
        if (part.getSize() > BallotScan.MAX_BYTES) {
            throw new RuleViolation(PropertyModule.BUNDLE, "vote.scan.tooLarge", BallotScan.MAX_BYTES / (1024 * 1024));
        }
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new RuleViolation(PropertyModule.BUNDLE, "vote.scan.unreadable");
        }
    }

    public void bind() {
        if (feedback.attemptIn(PropertyModule.BUNDLE,
                () -> accounts.bind(accounts.unitId(compoundId, buildingNumber, unitNumber), username),
                "vote.accounts.bound", username)) {
            username = null;
            unitNumber = null;
        }
        loadAccounts();
    }

    public void unbind(BindingView binding) {
        feedback.attemptIn(PropertyModule.BUNDLE, () -> accounts.unbind(binding.id()), "vote.accounts.unbound");
        loadAccounts();
    }

    public void markDeveloper() {
        if (feedback.attemptIn(PropertyModule.BUNDLE, () -> accounts.markDeveloperUnit(
                accounts.unitId(compoundId, developerBuilding, developerUnit)), "vote.accounts.marked")) {
            developerUnit = null;
        }
        loadAccounts();
    }

    public void unmarkDeveloper(DeveloperUnitView unit) {
        feedback.attemptIn(PropertyModule.BUNDLE, () -> accounts.unmarkDeveloperUnit(unit.unitId()),
                "vote.accounts.unmarked");
        loadAccounts();
    }

    public boolean isManager() {
        return security.isCallerInRole(Roles.OWNERS_COMMITTEE) || security.isCallerInRole(Roles.COMMUNITY_STAFF)
                || security.isCallerInRole(Roles.SUBDISTRICT_ADMIN);
    }

    public boolean isAccountsManager() {
        return security.isCallerInRole(Roles.COMMUNITY_STAFF) || security.isCallerInRole(Roles.SUBDISTRICT_ADMIN);
    }

    public boolean isNotary() {
        return security.isCallerInRole(Roles.NOTARY);
    }

    public MatterType[] getMatters() {
        return MatterType.values();
    }

    public BallotChoice[] getChoices() {
        return BallotChoice.values();
    }

    private final class ElectorSource implements PagedList.Source<ElectorView> {
        private static final long serialVersionUID = 1L;

        @Override
        public long count(Map<String, Object> filters) {
            return vote == null || vote.status() == VoteStatus.DRAFT ? 0
                    : desk.countElectors(vote.id(), (String) filters.get("globalFilter"));
        }

        @Override
        public List<ElectorView> page(Map<String, Object> filters, PageRequest page) {
            return vote == null || vote.status() == VoteStatus.DRAFT ? List.of()
                    : desk.electors(vote.id(), (String) filters.get("globalFilter"), page);
        }
    }

    public PagedList<ElectorView> getElectors() {
        return electors;
    }

    public Long getCompoundId() {
        return compoundId;
    }

    public void setCompoundId(Long compoundId) {
        this.compoundId = compoundId;
    }

    public OrgUnitView getCompoundUnit() {
        return compoundUnit;
    }

    public void setCompoundUnit(OrgUnitView compoundUnit) {
        this.compoundUnit = compoundUnit;
    }

    public List<VoteView> getVotes() {
        return votes;
    }

    public VoteView getVote() {
        return vote;
    }

    public TallyView getTally() {
        return tally;
    }

    public List<BindingView> getBindings() {
        return bindings;
    }

    public List<DeveloperUnitView> getDeveloperUnits() {
        return developerUnits;
    }

    public MatterType getMatter() {
        return matter;
    }

    public void setMatter(MatterType matter) {
        this.matter = matter;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public boolean isSecret() {
        return secret;
    }

    public void setSecret(boolean secret) {
        this.secret = secret;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public ElectorView getSeat() {
        return seat;
    }

    public List<BallotView> getHistory() {
        return history;
    }

    public BallotChoice getChoice() {
        return choice;
    }

    public void setChoice(BallotChoice choice) {
        this.choice = choice;
    }

    public Part getScanFile() {
        return scanFile;
    }

    public void setScanFile(Part scanFile) {
        this.scanFile = scanFile;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getBuildingNumber() {
        return buildingNumber;
    }

    public void setBuildingNumber(String buildingNumber) {
        this.buildingNumber = buildingNumber;
    }

    public String getUnitNumber() {
        return unitNumber;
    }

    public void setUnitNumber(String unitNumber) {
        this.unitNumber = unitNumber;
    }

    public String getDeveloperBuilding() {
        return developerBuilding;
    }

    public void setDeveloperBuilding(String developerBuilding) {
        this.developerBuilding = developerBuilding;
    }

    public String getDeveloperUnit() {
        return developerUnit;
    }

    public void setDeveloperUnit(String developerUnit) {
        this.developerUnit = developerUnit;
    }
}
