package dev.offboard.plan;

/** What the freelancer decided after weighing the relationship. */
public enum Decision {
    UNDECIDED,
    PART_WAYS,
    RENEGOTIATE_FIRST,
    WAIT
}
