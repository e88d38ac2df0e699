package org.orrery.ui.diagram.internal.actions;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.gef.GraphicalViewer;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.orrery.ui.diagram.internal.export.DiagramExport;

/** Diagram &gt; Export Image: the whole diagram as PNG or SVG, in a file the user picks. */
public final class ExportAction extends Action {

    private final GraphicalViewer viewer;
    private final String baseName;

    public ExportAction(GraphicalViewer viewer, String baseName) {
        this.viewer = viewer;
        this.baseName = baseName;
        setId(DiagramActionIds.EXPORT);
        setText(Messages.Action_export);
        setToolTipText(Messages.Action_exportTip);
    }

    @Override
    public void run() {
        Shell shell = viewer.getControl().getShell();
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(Messages.Export_title);
        dialog.setFilterExtensions(new String[] {"*.png", "*.svg"});
        dialog.setFilterNames(new String[] {Messages.Export_png, Messages.Export_svg});
        dialog.setFileName(baseName + ".png");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path file = Path.of(chosen);
        if (!file.getFileName().toString().contains(".")) {
            file = file.resolveSibling(file.getFileName() + (dialog.getFilterIndex() == 1 ? ".svg" : ".png"));
        }
        try {
            DiagramExport.export(viewer, file);
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(shell, Messages.Export_title, Messages.bind(Messages.Export_failed, file, e.getMessage()));
        }
    }
}
