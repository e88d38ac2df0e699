package org.orrery.ui.diagram.internal.parts;

import org.eclipse.gef.commands.Command;
import org.orrery.model.Host;
import org.orrery.model.VirtualMachine;

/**
 * What a gesture means while the user watches a run rather than designs: dropping a VM on
 * another host asks for a live migration instead of editing the model.
 */
public interface RunGestures {

    /** Design time everywhere: every gesture edits the model. */
    RunGestures NONE = (vm, destination) -> null;

    /**
     * The command for {@code vm} dropped on {@code destination} while a run is watched, or
     * {@code null} when the drop is an ordinary edit of the model (the Design perspective).
     */
    Command moveVm(VirtualMachine vm, Host destination);
}
