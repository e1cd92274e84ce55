package dev.offboard.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Step 1, assess: whether it is time to part ways. Entirely private.
 *
 * @param signs the common warning signs that apply
 * @param ownSigns signs of your own, one per item
 * @param firstConsidered when you first thought of ending the relationship
 */
@Private
public record Assessment(
        @Private Set<WarningSign> signs,
        @Private List<String> ownSigns,
        @Private String notes,
        @Private String workImpact,
        @Private String revenueImpact,
        @Private LocalDate firstConsidered,
        @Private Decision decision) {

    public Assessment {
        signs = signs == null ? Set.of() : Set.copyOf(signs);
        ownSigns = Text.strings(ownSigns);
        notes = Text.clean(notes);
        workImpact = Text.clean(workImpact);
        revenueImpact = Text.clean(revenueImpact);
        decision = decision == null ? Decision.UNDECIDED : decision;
    }

    public static Assessment empty() {
        return new Assessment(Set.of(), List.of(), "", "", "", null, Decision.UNDECIDED);
    }

    public Assessment withSigns(Set<WarningSign> value) {
        return new Assessment(value, ownSigns, notes, workImpact, revenueImpact, firstConsidered, decision);
    }

    public Assessment withOwnSigns(List<String> value) {
        return new Assessment(signs, value, notes, workImpact, revenueImpact, firstConsidered, decision);
    }

    public Assessment withNotes(String value) {
        return new Assessment(signs, ownSigns, value, workImpact, revenueImpact, firstConsidered, decision);
    }

    public Assessment withWorkImpact(String value) {
        return new Assessment(signs, ownSigns, notes, value, revenueImpact, firstConsidered, decision);
    }

    public Assessment withRevenueImpact(String value) {
        return new Assessment(signs, ownSigns, notes, workImpact, value, firstConsidered, decision);
    }

    public Assessment withFirstConsidered(LocalDate value) {
        return new Assessment(signs, ownSigns, notes, workImpact, revenueImpact, value, decision);
    }

    public Assessment withDecision(Decision value) {
        return new Assessment(signs, ownSigns, notes, workImpact, revenueImpact, firstConsidered, value);
    }
}
