package org.orrery.ui.views.internal;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/** The save dialog of the views' PNG / SVG / CSV exports. */
public final class ExportDialog {

    private ExportDialog() {
    }

    /**
     * Asks where to write a {@code format} file ({@code *.format} offered first, overwriting
     * confirmed by the dialog), starting from {@code fileName}; null when the user cancels.
     */
    public static Path ask(Shell shell, String format, String fileName) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setFilterExtensions(new String[] {"*." + format, "*.*"});
        dialog.setFileName(fileName);
        dialog.setOverwrite(true);
        String file = dialog.open();
        return file == null ? null : Path.of(file);
    }
}
