package org.labourcast.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every module's jar names its module for programs on the module path: the parent POM writes
 * {@code Automatic-Module-Name: ${labourcast.module}} into every jar's manifest, and each module sets the property to
 * {@code org.labourcast.<module>}. (The built jars were checked with {@code unzip -p … META-INF/MANIFEST.MF}; tests run
 * on class folders, not jars.)
 */
class ModuleNamesTest {
    private static final Path ROOT = LabourcastCliTest.repositoryRoot();

    @Test
    void everyModuleSetsItsAutomaticModuleName() throws IOException {
        String parent = Files.readString(ROOT.resolve("pom.xml"));
        assertTrue(parent.contains("<Automatic-Module-Name>${labourcast.module}</Automatic-Module-Name>"), "parent");
        for (String module : List.of("model", "charts", "api", "cli", "spark")) {
            assertTrue(parent.contains("<module>" + module + "</module>"), module);
            String pom = Files.readString(ROOT.resolve(module).resolve("pom.xml"));
            assertTrue(pom.contains("<labourcast.module>org.labourcast." + module + "</labourcast.module>"), module);
        }
    }
}
