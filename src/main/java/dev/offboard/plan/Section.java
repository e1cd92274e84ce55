package dev.offboard.plan;

/**
 * A part of the client documents whose wording the freelancer may take over: the email's
 * whole body, or one passage of the letter. The letter's tables (deliverables, payments), its
 * headings, the greeting, the signature and the receipt block stay generated from the plan.
 */
public enum Section {
    /** The whole body of the email, from the greeting to the signature. */
    EMAIL_BODY,
    /** The letter's first paragraph: the conversation, the end, the reason. */
    OPENING,
    /** The notice given and the last working day. */
    NOTICE,
    /** The letter's text under the table of work to be delivered: what was already delivered. */
    DELIVERABLES,
    /** The letter's text under the table of payments: totals, how to pay, final files. */
    PAYMENTS,
    /** What is returned, the access given up, the briefing of whoever takes over. */
    HANDOVER,
    /** Referrals, interview help, interim tools, and questions answered after the last day. */
    SUPPORT,
    /** The thank-you, references and referrals of work. */
    THANKS,
    /** The request to confirm receipt and the closing sentence, before the sign-off. */
    CLOSING;

    /** Whether the section belongs to the letter (all but the email body). */
    public boolean inLetter() {
        return this != EMAIL_BODY;
    }
}
