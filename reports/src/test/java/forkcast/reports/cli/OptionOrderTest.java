package forkcast.reports.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The shell completion and man pages shipped in the release archives are generated from the command classes, and the
 * archives must be the same byte for byte in every build. picocli lists an option declared on a field in declaration
 * order, but options declared on setter methods in the JVM's reflection order, which changes from run to run; so no
 * class that holds options may have more than one annotated method.
 */
class OptionOrderTest
{
    @Test
    void noCommandOrMixinHasTwoAnnotatedOptionMethods()
    {
        Set<String> offenders = new TreeSet<>();
        visit(new CommandLine(new ForkcastCommand()), offenders);
        assertTrue(offenders.isEmpty(), "classes whose options would come out in a varying order: " + offenders);
    }

    private static void visit(final CommandLine commandLine, final Set<String> offenders)
    {
        List<Object> holders = new ArrayList<>();
        holders.add(commandLine.getCommandSpec().userObject());
        commandLine.getCommandSpec().mixins().values().forEach(m -> holders.add(m.userObject()));
        for (Object holder : holders)
        {
            for (Class<?> c = holder.getClass(); c != null && c != Object.class; c = c.getSuperclass())
            {
                int annotated = 0;
                for (Method m : c.getDeclaredMethods())
                {
                    if (m.isAnnotationPresent(Option.class) || m.isAnnotationPresent(Parameters.class))
                    {
                        annotated++;
                    }
                }
                if (annotated > 1)
                {
                    offenders.add(c.getName() + " (" + annotated + " annotated methods)");
                }
            }
        }
        commandLine.getSubcommands().values().forEach(sub -> visit(sub, offenders));
    }
}
