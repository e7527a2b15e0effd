package org.warta.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** One run of the warta command line in this JVM, with what it wrote and its exit code. */
record CliRun(int exitCode, String out, String err) {

    /** {@code first} followed by {@code rest}: a command and the arguments a test adds to it. */
    static String[] concat(String[] first, String... rest) {
        String[] all = Arrays.copyOf(first, first.length + rest.length);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        return all;
    }

    static CliRun of(String... args) {
        return withInput(new byte[0], args);
    }

    static CliRun withInput(byte[] standardInput, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CliRun run = withOutput(standardInput, out, args);
        return new CliRun(run.exitCode(), out.toString(StandardCharsets.UTF_8), run.err());
    }

    /** A run whose standard output goes to {@code out} (this record's {@code out} is then empty). */
    static CliRun withOutput(byte[] standardInput, OutputStream out, String... args) {
        StringWriter err = new StringWriter();
        var commandLine = Warta.commandLine(() -> new ByteArrayInputStream(standardInput), () -> out, args);
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new CliRun(exitCode, "", err.toString());
    }

    /** The rows of the CSV written to standard output, read back with Commons CSV. */
    List<CSVRecord> rows() {
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(out)).getRecords();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    List<String> errorLines() {
        return err.isEmpty() ? List.of() : List.of(err.split("\\R"));
    }
}
