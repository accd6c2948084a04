package org.communitypartners.property.votes.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.communitypartners.kernel.api.web.Feedback;
import org.communitypartners.property.PropertyModule;
import org.communitypartners.property.votes.application.OwnerBallots;
import org.communitypartners.property.votes.application.VoteViews.OwnerSeat;
import org.communitypartners.property.votes.application.VoteViews.OwnerVoteCard;
import org.communitypartners.property.votes.domain.BallotChoice;
import org.omnifaces.cdi.ViewScoped;

/** The owner's ballot page on the phone: their votes, their units, and one tap per choice. */
@Named("ownerBallotPage")
@ViewScoped
public class OwnerBallotPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    OwnerBallots ballots;
    @Inject
    Feedback feedback;

    private List<OwnerVoteCard> cards;

    public void load() {
        cards = ballots.myVotes();
    }

    public void cast(OwnerVoteCard card, OwnerSeat seat, BallotChoice choice) {
        String unit = seat.buildingNumber() + "-" + seat.unitNumber();
        if (feedback.attemptIn(PropertyModule.BUNDLE, () -> ballots.cast(card.vote().id(), seat.unitId(), choice),
                "vote.owner.cast", unit, Labels.choice(choice))) {
            load();
        }
    }

    public BallotChoice[] getChoices() {
        return BallotChoice.values();
    }

    public List<OwnerVoteCard> getCards() {
        return cards;
    }
}
