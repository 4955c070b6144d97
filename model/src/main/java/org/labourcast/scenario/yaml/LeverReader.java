package org.labourcast.scenario.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.labourcast.InputException;
import org.labourcast.policy.EntrepreneurshipSupport;
import org.labourcast.policy.GraduateInternships;
import org.labourcast.policy.InsuranceExpansion;
import org.labourcast.policy.Lever;
import org.labourcast.policy.Levers;
import org.labourcast.policy.RetirementReform;
import org.labourcast.scenario.labour.LabourAssumptions;
import org.labourcast.yaml.Fields;
import org.labourcast.yaml.YamlNode;

/**
 * Reads a scenario's optional {@code levers:} list (docs/levers.md) with the same strictness as {@link ScenarioReader}:
 * each entry names a registered {@code type} (an unknown one is an error with the closest registered name), and its
 * parameters are read by that type's parser in {@link LeverCatalog}; unknown parameters are errors with a suggestion.
 * Levers act on the labour model, so a non-empty list needs a {@code labour:} section.
 */
final class LeverReader {
    private final int baseYear;
    private final int horizon;
    private final LabourAssumptions labour;

    /** @param labour the scenario's labour assumptions, or null for a demographic-only scenario */
    LeverReader(int baseYear, int horizon, LabourAssumptions labour) {
        this.baseYear = baseYear;
        this.horizon = horizon;
        this.labour = labour;
    }

    /** The levers in the scenario's order; empty when {@code levers:} is absent, null or {@code []}. */
    List<Lever> read(Fields root) {
        if (!root.has("levers")) {
            return List.of();
        }
        List<Fields> entries = root.fieldsList("levers", true);
        if (entries.isEmpty()) {
            return List.of();
        }
        if (labour == null) {
            throw root.error("levers", "levers act on the labour model, and this scenario has no labour: section",
                    "add a labour: section (docs/scenario-format.md) or remove the levers");
        }
        LeverContext context = new LeverContext(baseYear, horizon, labour.skills().certificationRate(),
                labour.skills().ruralLabourShare());
        List<Lever> levers = new ArrayList<>();
        Fields firstReform = null;
        for (Fields entry : entries) {
            YamlNode typeNode = entry.node("type");
            String type = Fields.toText(typeNode);
            Function<LeverFields, Lever> parser = LeverCatalog.parser(type).orElseThrow(() -> unknownType(typeNode, type));
            Lever lever = parser.apply(new LeverFields(entry, type, context));
            entry.finish();
            if (lever instanceof InsuranceExpansion && labour.insurance() == null) {
                throw new InputException(typeNode.location(), typeNode.path(), "an insurance_expansion lever acts on"
                        + " insurance enrolment, and this scenario has no labour.insurance block",
                        "add labour.insurance (docs/scenario-format.md) or remove the lever");
            }
            if (lever instanceof InsuranceExpansion x && x.pensionUptake() > 0 && labour.insurance().pension() == null) {
                YamlNode uptake = entry.node("pension_uptake");
                throw new InputException(uptake.location(), uptake.path(), "a pension_uptake acts on basic pension"
                        + " enrolment, and this scenario has no labour.insurance.pension block",
                        "add labour.insurance.pension (docs/scenario-format.md) or remove pension_uptake");
            }
            if (lever instanceof GraduateInternships && labour.education() == null) {
                throw new InputException(typeNode.location(), typeNode.path(), "a graduate_internships lever acts on"
                        + " the year's college graduates, and this scenario has no labour.education block",
                        "add labour.education (docs/scenario-format.md) or remove the lever");
            }
            if (lever instanceof EntrepreneurshipSupport e && e.founders() == EntrepreneurshipSupport.Founders.RETURNEES
                    && labour.returnees() == null) {
                throw new InputException(typeNode.location(), typeNode.path(), "an entrepreneurship_support lever with"
                        + " founders: returnees flags returnee entrepreneurs, and this scenario has no labour.returnees"
                        + " block", "add labour.returnees (docs/scenario-format.md) or write founders: unemployed");
            }
            if (lever instanceof RetirementReform) {
                if (firstReform != null) {
                    throw new InputException(typeNode.location(), typeNode.path(), "a scenario may have only one"
                            + " retirement_reform lever; the first is at line " + firstReform.location().line(),
                            "keep one: it replaces labour.retirement.reform for the whole run");
                }
                firstReform = entry;
            }
            levers.add(lever);
        }
        try {
            Levers.of(levers, baseYear + 1, horizon);
        } catch (IllegalArgumentException ex) {
            throw root.error("levers", ex.getMessage(), "the levers' effects add up; lower one of them");
        }
        return List.copyOf(levers);
    }

    private static InputException unknownType(YamlNode node, String type) {
        List<String> names = LeverCatalog.names();
        String closest = Fields.closestName(type, names);
        return new InputException(node.location(), node.path(), "unknown lever type '" + type + "', expected one of: "
                + String.join(", ", names), closest == null ? "docs/levers.md lists the lever types"
                : "did you mean '" + closest + "'?");
    }
}
