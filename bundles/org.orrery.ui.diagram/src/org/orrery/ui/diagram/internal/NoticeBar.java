package org.orrery.ui.diagram.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/**
 * A line above the diagram telling the user something about how the file was opened (its
 * layout was missing or stale and was made automatically), with a link to dismiss it.
 */
final class NoticeBar {

    /** A pale yellow with dark text, whatever the desktop theme's tool tip colours are. */
    private static final Color BACKGROUND = new Color(255, 248, 214);
    private static final Color FOREGROUND = new Color(60, 48, 10);

    private final Composite bar;
    private final Label text;

    NoticeBar(Composite parent, String message) {
        bar = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(3, false);
        layout.marginHeight = 3;
        bar.setLayout(layout);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        bar.setBackground(BACKGROUND);
        Label icon = new Label(bar, SWT.NONE);
        icon.setImage(PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_INFO_TSK));
        icon.setBackground(BACKGROUND);
        icon.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        text = new Label(bar, SWT.WRAP);
        text.setText(message);
        text.setBackground(BACKGROUND);
        text.setForeground(FOREGROUND);
        GridData fill = new GridData(SWT.FILL, SWT.CENTER, true, false);
        // Wrap rather than widen the editor: a hint keeps the label from asking for one long line.
        fill.widthHint = 200;
        text.setLayoutData(fill);
        Link dismiss = new Link(bar, SWT.NONE);
        dismiss.setText("<a>" + Messages.Notice_dismiss + "</a>");
        dismiss.setBackground(BACKGROUND);
        dismiss.setLayoutData(new GridData(SWT.RIGHT, SWT.TOP, false, false));
        dismiss.addListener(SWT.Selection, e -> close());
    }

    String message() {
        return bar.isDisposed() ? null : text.getText();
    }

    void close() {
        Composite parent = bar.getParent();
        bar.dispose();
        parent.layout(true, true);
    }
}
