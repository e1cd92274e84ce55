package dev.offboard.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * Step 4, options: the way forward offered to the client.
 *
 * @param interimTools tools the client can use in the meantime, one per item
 * @param accessToRevoke your own access to the client's systems that you will give up
 * @param supportUntil until when you answer the client's questions after your last day, or null
 */
public record Options(
        List<Referral> referrals,
        boolean offerInterviewHelp,
        List<String> interimTools,
        List<ReturnItem> itemsToReturn,
        List<String> accessToRevoke,
        boolean offerBriefReplacement,
        boolean finalFilesAfterPayment,
        LocalDate supportUntil) {

    public Options {
        referrals = Text.list(referrals);
        interimTools = Text.strings(interimTools);
        itemsToReturn = Text.list(itemsToReturn);
        accessToRevoke = Text.strings(accessToRevoke);
    }

    /** Without support after the last day. */
    public Options(List<Referral> referrals, boolean offerInterviewHelp, List<String> interimTools,
            List<ReturnItem> itemsToReturn, List<String> accessToRevoke, boolean offerBriefReplacement,
            boolean finalFilesAfterPayment) {
        this(referrals, offerInterviewHelp, interimTools, itemsToReturn, accessToRevoke, offerBriefReplacement,
                finalFilesAfterPayment, null);
    }

    public static Options empty() {
        return new Options(List.of(), false, List.of(), List.of(), List.of(), false, false, null);
    }

    public Options withReferrals(List<Referral> value) {
        return new Options(value, offerInterviewHelp, interimTools, itemsToReturn, accessToRevoke,
                offerBriefReplacement, finalFilesAfterPayment, supportUntil);
    }

    public Options withOfferInterviewHelp(boolean value) {
        return new Options(referrals, value, interimTools, itemsToReturn, accessToRevoke, offerBriefReplacement,
                finalFilesAfterPayment, supportUntil);
    }

    public Options withInterimTools(List<String> value) {
        return new Options(referrals, offerInterviewHelp, value, itemsToReturn, accessToRevoke,
                offerBriefReplacement, finalFilesAfterPayment, supportUntil);
    }

    public Options withItemsToReturn(List<ReturnItem> value) {
        return new Options(referrals, offerInterviewHelp, interimTools, value, accessToRevoke,
                offerBriefReplacement, finalFilesAfterPayment, supportUntil);
    }

    public Options withAccessToRevoke(List<String> value) {
        return new Options(referrals, offerInterviewHelp, interimTools, itemsToReturn, value,
                offerBriefReplacement, finalFilesAfterPayment, supportUntil);
    }

    public Options withOfferBriefReplacement(boolean value) {
        return new Options(referrals, offerInterviewHelp, interimTools, itemsToReturn, accessToRevoke, value,
                finalFilesAfterPayment, supportUntil);
    }

    public Options withFinalFilesAfterPayment(boolean value) {
        return new Options(referrals, offerInterviewHelp, interimTools, itemsToReturn, accessToRevoke,
                offerBriefReplacement, value, supportUntil);
    }

    public Options withSupportUntil(LocalDate value) {
        return new Options(referrals, offerInterviewHelp, interimTools, itemsToReturn, accessToRevoke,
                offerBriefReplacement, finalFilesAfterPayment, value);
    }
}
