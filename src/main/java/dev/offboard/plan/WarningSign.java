package dev.offboard.plan;

/** The common signs that a client relationship has run its course. */
public enum WarningSign {
    /** Ignores the contract: fees, payment schedule or other agreed terms. */
    IGNORES_CONTRACT,
    /** Keeps pushing for a lower rate. */
    PUSHES_RATE_DOWN,
    /** Every exchange is negative. */
    NEGATIVE_EXCHANGES,
    /** Too little work to justify the time it takes. */
    TOO_LITTLE_WORK,
    /** Your business has moved in a direction this client no longer fits. */
    OUTGROWN
}
