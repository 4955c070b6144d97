package org.labourcast.cli;

import java.util.ArrayList;
import java.util.List;
import org.labourcast.yaml.FieldOverride;
import picocli.CommandLine.Option;

/** The repeatable {@code --set path=value} option shared by {@code run} and {@code validate}. */
final class OverrideOptions {
    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = {"set one scenario field before it is read, e.g. labour.transfer.base_rate=0.07 or"
                + " targets[2].value=0.62; repeatable, applied in order after 'extends' is merged; the value is YAML"
                + " (\"NO\" is text, ~ removes the field)"})
    List<String> arguments = new ArrayList<>();

    /** The overrides in the order given; a malformed one is an input error naming it. */
    List<FieldOverride> parsed() {
        List<FieldOverride> out = new ArrayList<>();
        for (String a : arguments) {
            out.add(FieldOverride.parse(a));
        }
        return out;
    }
}
