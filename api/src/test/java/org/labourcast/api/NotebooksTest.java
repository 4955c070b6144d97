package org.labourcast.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The notebooks as committed: no outputs (CI executes them, notebooks/execute.sh), the kernel setup.sh registers,
 * and a first cell that puts the API's jars on the classpath. Whether their code runs is CI's check.
 */
class NotebooksTest {
    private static final Path NOTEBOOKS = Path.of("notebooks");

    @Test
    void notebooksAreCommittedClearedForTheProjectKernel() throws IOException {
        List<Path> notebooks;
        try (Stream<Path> s = Files.list(NOTEBOOKS)) {
            notebooks = s.filter(p -> p.getFileName().toString().endsWith(".ipynb")).sorted().toList();
        }
        assertEquals(List.of("01-quickstart.ipynb", "02-sweep-sensitivity.ipynb", "03-report.ipynb"),
                notebooks.stream().map(p -> p.getFileName().toString()).toList());
        ObjectMapper json = new ObjectMapper();
        for (Path nb : notebooks) {
            JsonNode doc = json.readTree(nb.toFile());
            assertEquals(4, doc.get("nbformat").asInt(), nb.toString());
            assertEquals("labourcast-java", doc.at("/metadata/kernelspec/name").asText(), nb + ": kernel");
            List<String> code = new ArrayList<>();
            for (JsonNode cell : doc.get("cells")) {
                assertTrue(cell.hasNonNull("id"), nb + ": every cell has an id (nbformat 4.5)");
                if (cell.get("cell_type").asText().equals("code")) {
                    assertEquals(0, cell.get("outputs").size(), nb + ": outputs cleared");
                    assertTrue(cell.get("execution_count").isNull(), nb + ": execution counts cleared");
                    StringBuilder src = new StringBuilder();
                    cell.get("source").forEach(line -> src.append(line.asText()));
                    code.add(src.toString());
                }
            }
            assertEquals("%jar ../api/target/labourcast-api.jar\n%jar ../api/target/lib", code.get(0),
                    nb + ": the first cell puts the API's jars on the classpath");
            assertTrue(code.stream().noneMatch(c -> c.contains("import java.util.*;")),
                    nb + ": java.util.* is imported by the kernel; importing it again hides display()");
        }
    }
}
