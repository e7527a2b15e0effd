package org.warta.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads back the sheets of a workbook warta wrote, for tests: each sheet's rows, a number cell as
 * a Double and a text cell as its String, read from the Office Open XML with the JDK's parser
 * (no spreadsheet library checks its own output).
 */
public final class WorkbookReader {

    private WorkbookReader() {
    }

    /**
     * The sheets by file name ({@code sheet1.xml}, ...), in that order. Read through the zip's
     * central directory: the entries are streamed with their sizes after them, which
     * ZipInputStream misreads.
     */
    public static Map<String, List<List<Object>>> sheets(byte[] workbook) throws IOException {
        Path file = Files.createTempFile("warta-test", ".xlsx");
        try {
            Files.write(file, workbook);
            Map<String, List<List<Object>>> sheets = new TreeMap<>();
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    if (entry.getName().startsWith("xl/worksheets/sheet")) {
                        try (InputStream sheet = zip.getInputStream(entry)) {
                            sheets.put(entry.getName().substring("xl/worksheets/".length()), rows(sheet));
                        }
                    }
                }
            }
            return sheets;
        } finally {
            Files.delete(file);
        }
    }

    private static List<List<Object>> rows(InputStream sheet) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        try {
            var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(sheet.readAllBytes()));
            NodeList rowNodes = document.getElementsByTagName("row");
            for (int r = 0; r < rowNodes.getLength(); r++) {
                List<Object> row = new ArrayList<>();
                NodeList cells = ((Element) rowNodes.item(r)).getElementsByTagName("c");
                for (int c = 0; c < cells.getLength(); c++) {
                    Element cell = (Element) cells.item(c);
                    row.add("inlineStr".equals(cell.getAttribute("t"))
                            ? cell.getElementsByTagName("t").item(0).getTextContent()
                            : Double.valueOf(cell.getElementsByTagName("v").item(0).getTextContent()));
                }
                rows.add(row);
            }
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException(e);
        }
        return rows;
    }
}
