package org.orrery.ui.lab.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.orrery.libvirt.launch.LaunchPlan;

/**
 * The plan preview shown before anything on a host is touched: the summary ("will define 3
 * networks and 12 domains on 4 hosts"), every step with its host, the XML of the step selected,
 * the VMs left out and why, notes, and the problems the hosts reported (which keep Launch off).
 */
final class LaunchPlanDialog extends TitledDialog {

    private final String fileName;
    private final LaunchPlan plan;
    private final List<String> problems;
    private final List<String> notes;
    private boolean rollback = true;
    private Table steps;

    LaunchPlanDialog(Shell parent, String fileName, LaunchPlan plan, List<String> problems, List<String> notes) {
        super(parent, Messages.Launch_title, 1);
        this.fileName = fileName;
        this.plan = plan;
        this.problems = problems;
        this.notes = notes;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void fill(Composite body) {
        setTitle(Messages.Launch_title + ": " + fileName);
        setMessage(plan.summary());
        if (!problems.isEmpty()) {
            setErrorMessage(NLS.bind(Messages.Launch_problems, problems.size()) + " " + problems.get(0));
        }
        SashForm sash = new SashForm(body, SWT.VERTICAL);
        GridData fill = new GridData(SWT.FILL, SWT.FILL, true, true);
        fill.widthHint = 860;
        fill.heightHint = 460;
        sash.setLayoutData(fill);

        steps = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        steps.setHeaderVisible(true);
        steps.setLinesVisible(true);
        column(Messages.Launch_stepsColumn, 200);
        column(Messages.Launch_nameColumn, 170);
        column(Messages.Launch_hostColumn, 110);
        column(Messages.Launch_uriColumn, 340);
        Text xml = new Text(sash, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        xml.setFont(JFaceResources.getTextFont());
        xml.setText(Messages.Launch_xmlHint);
        for (LaunchPlan.NetworkStep n : plan.networks()) {
            row(Messages.Launch_defineNetwork, n.name(), "", n.uri(), n.xml());
        }
        for (LaunchPlan.RequiredNetwork r : plan.requiredNetworks()) {
            row(Messages.Launch_needsNetwork, r.name(), "", r.uri(), null);
        }
        for (LaunchPlan.VolumeStep v : plan.volumes()) {
            row(Messages.Launch_createDisk, v.path(), v.domain() == null ? "" : v.domain(), v.uri(), v.xml());
        }
        for (LaunchPlan.RequiredFile f : plan.requiredFiles()) {
            row(Messages.Launch_needsFile, f.path(), f.domain(), f.uri(), null);
        }
        for (LaunchPlan.DomainStep d : plan.domains()) {
            String what = d.pause() ? Messages.Launch_definePauseDomain
                    : d.start() ? Messages.Launch_defineStartDomain : Messages.Launch_defineDomain;
            row(what, d.name(), d.host().getName(), d.uri(), d.xml());
        }
        for (LaunchPlan.Skipped s : plan.skipped()) {
            row(Messages.Launch_leftOut, s.vm().getName(), "", s.reason(), null);
        }
        steps.addListener(SWT.Selection, e -> {
            Object data = e.item == null ? null : e.item.getData();
            xml.setText(data instanceof String s ? s : Messages.Launch_xmlHint);
        });
        sash.setWeights(3, 2);

        List<String> lines = new ArrayList<>(problems);
        lines.addAll(notes);
        lines.addAll(plan.notes());
        if (!lines.isEmpty()) {
            new Label(body, SWT.NONE).setText(Messages.Launch_notes);
            Text text = new Text(body, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.WRAP);
            text.setText(String.join("\n", lines));
            GridData box = new GridData(SWT.FILL, SWT.FILL, true, false);
            box.heightHint = 90;
            box.widthHint = 860;
            text.setLayoutData(box);
        }
        Button undo = new Button(body, SWT.CHECK);
        undo.setText(Messages.Launch_rollback);
        undo.setSelection(rollback);
        undo.addListener(SWT.Selection, e -> rollback = undo.getSelection());
    }

    private void column(String text, int width) {
        TableColumn c = new TableColumn(steps, SWT.LEFT);
        c.setText(text);
        c.setWidth(width);
    }

    private void row(String step, String name, String host, String uri, String xml) {
        TableItem item = new TableItem(steps, SWT.NONE);
        item.setText(new String[] {step, name, host, uri});
        item.setData(xml);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Launch_button, true).setEnabled(problems.isEmpty());
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    /** Whether to undo on failure, as the user left the check box. */
    boolean rollback() {
        return rollback;
    }

    /** Rows of the step table, for tests. */
    int rows() {
        return steps.getItemCount();
    }
}
