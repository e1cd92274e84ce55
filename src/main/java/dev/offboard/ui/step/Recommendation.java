package dev.offboard.ui.step;

/** What the assessment's answers suggest; the decision stays the freelancer's. */
public enum Recommendation {
    /** Nothing checked yet. */
    NO_SIGNS_YET,
    /** The idea is only days old, or it rests on a single difficult exchange: wait a little. */
    SLEEP_ON_IT,
    /** The rate is the main issue and the client matters to the revenue: talk money first. */
    RENEGOTIATE_FIRST,
    /** Several signs, or the contract ignored: a strong case to part ways. */
    PART_WAYS,
    /** A sign or two: a grey area where instinct decides. */
    GREY_AREA
}
