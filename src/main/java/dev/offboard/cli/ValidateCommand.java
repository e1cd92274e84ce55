package dev.offboard.cli;

import dev.offboard.plan.Plan;
import dev.offboard.plan.PlanCheck;
import dev.offboard.plan.PlanFile;
import dev.offboard.plan.Problem;
import dev.offboard.render.Documents;
import dev.offboard.render.TemplateSource;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code offboard validate PLAN}: prints the plan's problems; exit 1 when it cannot be rendered. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks PLAN and prints its errors and warnings.",
            "Exits 0 when the documents can be made, 1 when they cannot."})
final class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PLAN", description = "The plan file (.offboard, or .json).")
    private Path planFile;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Plan plan = PlanFile.read(planFile);
        List<Problem> problems = new ArrayList<>(PlanCheck.check(plan));
        // What the letter's typeface cannot print, with the templates render would use.
        Documents documents = new Documents(TemplateSource.userOverrides(TemplateSource.userTemplatesDirectory()));
        problems.addAll(documents.unprintable(plan, plan.client().language(), LocalDate.now()));
        // Edited sections the plan changed under, or written for the other language, as render warns.
        problems.addAll(documents.wordingProblems(plan, plan.client().language(), LocalDate.now()));
        PrintWriter out = spec.commandLine().getOut();
        print(out, planFile, problems);
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        out.println(planFile + ": " + count(errors, "error") + ", " + count(warnings, "warning")
                + (errors == 0 ? "; the documents can be made." : "; fix the errors to make the documents."));
        return errors == 0 ? 0 : 1;
    }

    /** One line a problem: {@code PLAN: error: field: message}. */
    static void print(PrintWriter out, Path planFile, List<Problem> problems) {
        for (Problem problem : problems) {
            out.println(planFile + ": " + problem.severity().name().toLowerCase(Locale.ROOT) + ": "
                    + Messages.oneLine(problem.field()) + ": " + Messages.oneLine(problem.message(Messages.locale())));
        }
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
