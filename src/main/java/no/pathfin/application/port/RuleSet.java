package no.pathfin.application.port;

import java.util.List;
import no.pathfin.domain.costing.CostModel;
import no.pathfin.domain.pathway.ContactProfile;
import no.pathfin.domain.pricing.EpisodeShape;
import no.pathfin.domain.pricing.PeriodShape;
import no.pathfin.domain.pricing.RuleOutcome;
import no.pathfin.domain.ruleset.Parameters;
import no.pathfin.domain.ruleset.RuleSetInfo;

/**
 * One rule set: its identity, its own parameters, and its rules applied under whatever parameters the caller
 * passes (its own, or a what-if variant of them). The rules see a contact only as its profile and an episode only
 * as its shape, so their decisions can be kept by those. Thread-safe.
 */
public interface RuleSet {

    RuleSetInfo info();

    Parameters parameters();

    /** What contacts cost by this rule set's figures (not a payment: margins are taken from it). */
    CostModel costs();

    /** A hash of the rules alone (the DRL files), to tell whether two rule sets differ in rules or only in data. */
    String rulesHash();

    /**
     * Per-contact ISF decisions for distinct profiles, in one session; every group code must be in the weight table.
     *
     * @return for each profile, in order, what the rules decided (about a contact whose id is the profile's index)
     */
    List<List<RuleOutcome>> decide(List<ContactProfile> profiles, Parameters parameters);

    /** Bundle decisions for one episode, about its contacts by their place in it ({@code "0"}, {@code "1"}, …). */
    List<RuleOutcome> decide(EpisodeShape episode, Parameters parameters);

    /** Period-payment decisions for a pathway's contacts, about them by their place in date order. */
    List<RuleOutcome> decide(PeriodShape contacts, Parameters parameters);
}
