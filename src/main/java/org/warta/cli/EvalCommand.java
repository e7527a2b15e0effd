package org.warta.cli;

import picocli.CommandLine.Command;

@Command(name = "eval",
        description = "Score warta against gold data it was not trained on.",
        subcommands = {EvalTokensCommand.class, EvalNerCommand.class},
        mixinStandardHelpOptions = true)
final class EvalCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "eval needs a subcommand: tokens or ner");
    }
}
