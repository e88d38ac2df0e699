package org.orrery.ui.diagram.internal.commands;

import java.util.List;

import org.eclipse.gef.commands.Command;
import org.eclipse.gef.commands.CompoundCommand;

/**
 * A gesture the model does not allow, with the reason. GEF shows a "not allowed" cursor for
 * any command that cannot execute; the diagram's tools also show this reason next to the
 * pointer and in the status line.
 */
public final class Refusal extends Command {

    private final String reason;

    public Refusal(String reason) {
        super(reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }

    @Override
    public boolean canExecute() {
        return false;
    }

    /** The first refusal in {@code command} (which may be a compound), or {@code null}. */
    public static Refusal in(Command command) {
        if (command instanceof Refusal r) {
            return r;
        }
        if (command instanceof CompoundCommand compound) {
            for (Object c : (List<?>) compound.getCommands()) {
                Refusal r = in((Command) c);
                if (r != null) {
                    return r;
                }
            }
        }
        return null;
    }
}
