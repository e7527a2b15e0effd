package org.warta.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.warta.names.model.NameFinder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code warta} command: Indonesian news text in, CSV out. Its subcommands are added in
 * code, not in the annotation, so that a run builds only the one it runs: picocli builds each
 * command's model by reflection, and for all of them that was most of warta's start-up time.
 */
@Command(name = "warta",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Tokens, sentences, named entities and who said what in Indonesian news text, as CSV.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every input was processed and the report written",
            "1:some input failed (the rest were processed and written)",
            "2:usage error (a command line, --aliases or --model file that cannot be used)",
            "3:no report at all (the output cannot be written, or warta failed)"})
public final class Warta implements Callable<Integer> {

    /** The subcommands' names, in the order the usage lists them; {@link #command} makes each. */
    static final List<String> COMMANDS = List.of("tokenize", "count", "mentions", "cooccur", "quotes", "freq", "summary",
            "aliases", "tag", "eval", "train", "bench", "completion", "help");

    /** {@code warta --version} alone prints no command, so it builds none. */
    private static final Set<String> VERSION_OPTIONS = Set.of("--version", "-V");

    /** Subcommands that work on the others, and so need them all. */
    private static final Set<String> ABOUT_COMMANDS = Set.of("help", "completion");

    /** Subcommands that find names, with the bundled model unless given {@code --model}. */
    static final Set<String> NAME_COMMANDS = Set.of("count", "mentions", "cooccur", "quotes", "summary", "aliases", "tag", "bench");

    private final Supplier<InputStream> standardInput;
    private final Supplier<OutputStream> standardOutput;

    @Spec
    CommandSpec spec;

    /** The process's own streams; for tools that build the command line by reflection (the man page generator). */
    public Warta() {
        this(() -> System.in, () -> new FileOutputStream(FileDescriptor.out));
    }

    public Warta(Supplier<InputStream> standardInput, Supplier<OutputStream> standardOutput) {
        this.standardInput = standardInput;
        this.standardOutput = standardOutput;
    }

    public static void main(String[] args) {
        // Not System.out: a PrintStream hides write errors, and a closed pipe must stop the run at once.
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        if (readsBundledModel(args)) {
            NameFinder.startReadingBundled(); // on the second core, while the arguments are read
        }
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int exitCode;
        try {
            // built inside the try: the model, read on another thread meanwhile, may fill the heap first
            CommandLine commandLine = commandLine(() -> System.in, () -> out, args);
            commandLine.setErr(err);
            exitCode = commandLine.execute(args);
        } catch (Error e) {
            // picocli hands on Errors; a user still gets one line, not a stack trace
            err.println(ErrorLine.of(isHeapExhausted(e) ? outOfHeap(Runtime.getRuntime().maxMemory()) : "internal error: " + e));
            exitCode = ExitCodes.NO_REPORT;
        }
        System.exit(exitCode);
    }

    /** Whether {@code args} run a command that finds names with the bundled model (a loop: no stream to load at start). */
    static boolean readsBundledModel(String[] args) {
        if (args.length == 0 || !NAME_COMMANDS.contains(args[0])) {
            return false;
        }
        for (String arg : args) {
            if (arg.startsWith("--model")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the heap itself ran out, which more heap mends; not a thread or the class space
     * that could not be had, which it would not.
     */
    static boolean isHeapExhausted(Error e) {
        return e instanceof OutOfMemoryError && ("Java heap space".equals(e.getMessage())
                || "GC overhead limit exceeded".equals(e.getMessage()));
    }

    /**
     * What a user is told when the heap ran out (a corpus report keeps every document's entities
     * until the last, so a large enough corpus needs more than bin/warta's default): the heap it
     * had, as the JVM counts it (a little under -Xmx), and twice that to try.
     */
    static String outOfHeap(long heapBytes) {
        long megabytes = heapBytes >> 20;
        return "out of memory: a heap of about " + megabytes + " MB cannot hold this run; give it more, e.g. "
                + "WARTA_JAVA_OPTS=-Xmx" + Math.max(256, 2 * megabytes) + "m";
    }

    /** The whole command line, every subcommand, wired to the given streams, with warta's error handling. */
    public static CommandLine commandLine(Supplier<InputStream> standardInput, Supplier<OutputStream> standardOutput) {
        return commandLine(standardInput, standardOutput, new String[0]);
    }

    /**
     * The command line for running {@code args}: when they start with a subcommand that needs no
     * other, with that one alone; for {@code --version} alone, with none; else with all.
     */
    static CommandLine commandLine(Supplier<InputStream> standardInput, Supplier<OutputStream> standardOutput,
            String[] args) {
        CommandLine commandLine = new CommandLine(new Warta(standardInput, standardOutput));
        String alone = args.length > 0 && COMMANDS.contains(args[0]) && !ABOUT_COMMANDS.contains(args[0])
                ? args[0] : null;
        boolean versionAlone = args.length == 1 && VERSION_OPTIONS.contains(args[0]);
        for (String name : COMMANDS) {
            if (!versionAlone && (alone == null || alone.equals(name))) {
                commandLine.addSubcommand(name, command(name));
            }
        }
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler(new ErrorHandler());
        commandLine.setParameterExceptionHandler(new ErrorHandler());
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(standardOutput.get(), StandardCharsets.UTF_8), true));
        return commandLine;
    }

    /** {@code warta} alone: the usage, as a usage error, on standard error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /**
     * A new subcommand of this name. A switch, not a map of constructor references: each
     * reference is linked when the map is built, which took 20 ms of every run's start.
     */
    static Object command(String name) {
        return switch (name) {
            case "tokenize" -> new TokenizeCommand();
            case "count" -> new CountCommand();
            case "mentions" -> new MentionsCommand();
            case "cooccur" -> new CooccurCommand();
            case "quotes" -> new QuotesCommand();
            case "freq" -> new FreqCommand();
            case "summary" -> new SummaryCommand();
            case "aliases" -> new AliasesCommand();
            case "tag" -> new TagCommand();
            case "eval" -> new EvalCommand();
            case "train" -> new TrainCommand();
            case "bench" -> new BenchCommand();
            case "completion" -> new CompletionCommand();
            case "help" -> new CommandLine.HelpCommand();
            default -> throw new IllegalArgumentException("no command " + name);
        };
    }

    Supplier<InputStream> standardInput() {
        return standardInput;
    }

    Supplier<OutputStream> standardOutput() {
        return standardOutput;
    }
}
