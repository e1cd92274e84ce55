package dev.offboard.plan;

import java.util.List;

/**
 * Step 4, options: the way forward offered to the client.
 *
 * @param interimTools tools the client can use in the meantime, one per item
 * @param accessToRevoke your own access to the client's systems that you will give up
 */
public record Options(
        List<Referral> referrals,
        boolean offerInterviewHelp,
        List<String> interimTools,
        List<ReturnItem> itemsToReturn,
        List<String> accessToRevoke,
        boolean offerBriefReplacement,
        boolean finalFilesAfterPayment) {

    public Options {
        referrals = Text.list(referrals);
        interimTools = Text.strings(interimTools);
        itemsToReturn = Text.list(itemsToReturn);
        accessToRevoke = Text.strings(accessToRevoke);
    }

    public static Options empty() {
        return new Options(List.of(), false, List.of(), List.of(), List.of(), false, false);
    }

    public Options withReferrals(List<Referral> value) {
        return new Options(value, offerInterviewHelp, interimTools, itemsToReturn, accessToRevoke,
                offerBriefReplacement, finalFilesAfterPayment);
    }

    public Options withOfferInterviewHelp(boolean value) {
        return new Options(referrals, value, interimTools, itemsToReturn, accessToRevoke, offerBriefReplacement,
                finalFilesAfterPayment);
    }

    public Options withInterimTools(List<String> value) {
        return new Options(referrals, offerInterviewHelp, value, itemsToReturn, accessToRevoke,
                offerBriefReplacement, finalFilesAfterPayment);
    }

    public Options withItemsToReturn(List<ReturnItem> value) {
        return new Options(referrals, offerInterviewHelp, interimTools, value, accessToRevoke,
                offerBriefReplacement, finalFilesAfterPayment);
    }

    public Options withAccessToRevoke(List<String> value) {
        return new Options(referrals, offerInterviewHelp, interimTools, itemsToReturn, value,
                offerBriefReplacement, finalFilesAfterPayment);
    }

    public Options withOfferBriefReplacement(boolean value) {
        return new Options(referrals, offerInterviewHelp, interimTools, itemsToReturn, accessToRevoke, value,
                finalFilesAfterPayment);
    }

    public Options withFinalFilesAfterPayment(boolean value) {
        return new Options(referrals, offerInterviewHelp, interimTools, itemsToReturn, accessToRevoke,
                offerBriefReplacement, value);
    }
}
