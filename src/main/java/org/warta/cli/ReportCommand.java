package org.warta.cli;

import java.util.concurrent.Callable;
import java.util.function.Function;
import org.warta.report.CsvOutput;
import org.warta.report.SectionReport;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that runs one report over the inputs: what tokenize, count and mentions share. */
abstract class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions inputs;

    @Override
    public final Integer call() {
        // the root, not the parent: a report may sit under another command (eval count)
        Warta root = (Warta) spec.root().userObject();
        return ReportRun.run(root, spec.commandLine().getErr(), inputOptions(), reportFor());
    }

    /** The inputs and output options; a command whose first parameter is not an input takes it off here. */
    InputOptions inputOptions() {
        return inputs;
    }

    /** The report to write, given where it goes; options are checked here, before any input is read. */
    abstract Function<CsvOutput, SectionReport<?>> reportFor();
}
