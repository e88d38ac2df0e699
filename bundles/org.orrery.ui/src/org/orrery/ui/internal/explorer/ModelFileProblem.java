package org.orrery.ui.internal.explorer;

import org.eclipse.core.resources.IFile;

/** Shown under an .orrery file that cannot be read, instead of its contents. */
record ModelFileProblem(IFile file, String message) {
}
