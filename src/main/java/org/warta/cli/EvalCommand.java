package org.warta.cli;

import picocli.CommandLine.Command;

@Command(name = "eval",
        description = "Score warta against gold data it was not trained on.",
        subcommands = {EvalTokensCommand.class, EvalNerCommand.class, EvalCountCommand.class},
        footer = {"%nExamples:",
            "  warta eval tokens ../shared/data/ud/id_gsd-ud-dev.conllu",
            "  warta eval ner ../shared/data/ner/idner-news-2k/dev.txt"},
        mixinStandardHelpOptions = true)
final class EvalCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "eval needs a subcommand: tokens or ner");
    }
}
