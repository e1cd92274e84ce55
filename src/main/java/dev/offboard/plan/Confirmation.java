package dev.offboard.plan;

/** What the letter asks the client to sign: that it was received, or that its terms are agreed. */
public enum Confirmation {
    /** The client acknowledges receipt of the letter and its transition plan (the default). */
    RECEIPT,
    /** The client agrees to the end of the collaboration on the terms the letter sets out. */
    AGREEMENT
}
