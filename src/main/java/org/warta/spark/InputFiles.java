package org.warta.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.warta.input.FileSelection;

/**
 * The files of a job's inputs, chosen by the CLI's rules ({@link FileSelection}), on any file
 * system Hadoop reads: a path or a glob; a folder gives the files below it that are not hidden,
 * chosen by the globs or else not data, reports or media by extension, in name order, folder by
 * folder; of those, a binary one is left out when read, as the CLI leaves it out when listing. A
 * file named (or matched by a glob) is read whatever it holds, and a binary one becomes a row of
 * the errors; so does an input that names nothing. Files are listed once on the driver and read
 * whole by the tasks; a partition makes one Hadoop configuration, where Spark's binaryFiles would
 * make one a file (most of the time on a folder of short articles).
 */
final class InputFiles {

    /**
     * A file to read; {@code inFolder} when a folder gave it (then a binary one is left out);
     * {@code failure} when the input named nothing.
     */
    record Listed(String path, boolean inFolder, String failure) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private InputFiles() {
    }

    /** The files {@code inputs} name, in the order given, each once. */
    static List<Listed> list(Configuration conf, List<String> inputs, FileSelection selection) {
        Map<String, Listed> files = new LinkedHashMap<>();
        for (String input : inputs) {
            try {
                Path pattern = new Path(input);
                FileSystem fs = pattern.getFileSystem(conf);
                FileStatus[] matched = fs.globStatus(pattern);
                if (matched == null || matched.length == 0) {
                    files.putIfAbsent(input, new Listed(input, false, "no such file or directory"));
                }
                for (FileStatus status : matched == null ? new FileStatus[0] : matched) {
                    if (status.isDirectory()) {
                        addFolder(fs, status.getPath(), null, selection, files);
                    } else {
                        files.putIfAbsent(status.getPath().toString(), new Listed(status.getPath().toString(), false, null));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + input, e);
            }
        }
        return List.copyOf(files.values());
    }

    /** Walks a folder as the CLI does: each folder's entries by name, a folder's files where its name falls. */
    private static void addFolder(FileSystem fs, Path folder, java.nio.file.Path relative, FileSelection selection,
            Map<String, Listed> files) throws IOException {
        FileStatus[] children = fs.listStatus(folder);
        Arrays.sort(children, Comparator.comparing(child -> child.getPath().getName()));
        for (FileStatus child : children) {
            String name = child.getPath().getName();
            java.nio.file.Path below = relative == null ? java.nio.file.Path.of(name) : relative.resolve(name);
            if (child.isDirectory()) {
                if (selection.skipFolder(below) == null) {
                    addFolder(fs, child.getPath(), below, selection, files);
                }
            } else if (selection.skipFileByName(below) == null) {
                files.putIfAbsent(child.getPath().toString(), new Listed(child.getPath().toString(), true, null));
            }
        }
    }

    /**
     * Reads each file whole and runs the report over it; a file that cannot be read becomes a
     * result with the reason, as an undecodable one does.
     */
    static Iterator<DocumentRows.Result> read(Iterator<Listed> files, SparkReports.SerializableFunction reportFor) {
        Configuration conf = new Configuration();
        List<DocumentRows.Result> results = new ArrayList<>();
        while (files.hasNext()) {
            Listed file = files.next();
            if (file.failure() != null) {
                results.add(DocumentRows.Result.failed(file.path(), file.failure()));
                continue;
            }
            Path path = new Path(file.path());
            byte[] bytes;
            try (InputStream in = path.getFileSystem(conf).open(path)) {
                bytes = in.readAllBytes();
            } catch (IOException e) {
                results.add(DocumentRows.Result.failed(file.path(), "cannot read: " + e.getMessage()));
                continue;
            }
            if (!(file.inFolder() && FileSelection.isBinary(bytes))) {
                results.add(DocumentRows.of(file.path(), bytes, reportFor));
            }
        }
        return results.iterator();
    }
}
