package org.warta.cli;

import java.util.concurrent.Callable;
import org.warta.report.MentionReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "mentions",
        description = {"List every mention of a person, organisation or place, with its offsets.",
            "Rows: document,sentence,start,end,text,entity,type,role (entity: the full name it refers to;",
            "role: the title or office written before it)."},
        footer = {"%nExample:", "  warta mentions seeds/001_dd9851bb1841e3e5.txt"},
        mixinStandardHelpOptions = true)
final class MentionsCommand implements Callable<Integer> {

    @ParentCommand
    Warta root;

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions inputs;

    @Mixin
    EntityOptions entities;

    @Override
    public Integer call() {
        var filter = entities.filter();
        var finder = entities.finder();
        return ReportRun.run(root, spec.commandLine().getErr(), inputs, out -> new MentionReport(finder, filter, out));
    }
}
