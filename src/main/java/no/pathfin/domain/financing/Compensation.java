package no.pathfin.domain.financing;

/** How a change of rules is met in the block grant, at planned activity. */
public enum Compensation {
    /** The block grant stays what it was: the change shows as ISF alone. */
    NONE,
    /**
     * The block grant follows the change of ISF share: (1 − the new share) × the baseline's unit price × the baseline's
     * planned points, so that a share cut leaves income at plan unchanged (Meld. St. 9 (2023–2024): the 30 % share as
     * a move towards more block funding).
     */
    SHARE,
    /** Every change is met: the block grant is set so that income at plan is what it was (a budget-neutral reform). */
    NEUTRAL
}
