package org.orrery.ui.diagram.internal.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.draw2d.FreeformFigure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.SWTGraphics;
import org.eclipse.draw2d.ScaledGraphics;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.editparts.LayerManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;
import org.orrery.ui.diagram.internal.figures.DiagramFonts;
import org.orrery.ui.diagram.internal.figures.KindStyle;

/**
 * Writes the whole diagram (boxes and lines, not the selection or the grid) as a PNG or an SVG
 * file, at 100% whatever the editor's zoom. A PNG larger than {@link #MAX_PIXELS} is scaled down
 * so that exporting a huge model cannot exhaust memory; an SVG has no such limit.
 */
public final class DiagramExport {

    /** Largest PNG written at full size: 40 megapixels (160 MB while painting). */
    static final long MAX_PIXELS = 40_000_000L;
    private static final int MARGIN = 20;

    private DiagramExport() {
    }

    /** Writes the diagram to {@code file}, as SVG if its name ends in .svg, otherwise as PNG. */
    public static void export(GraphicalViewer viewer, Path file) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
            svg(viewer, file);
        } else {
            png(viewer, file);
        }
    }

    /** The part of the diagram that is exported: everything drawn, with a margin. */
    static Rectangle extent(IFigure layers) {
        Rectangle r = layers instanceof FreeformFigure f ? f.getFreeformExtent().getCopy() : layers.getBounds().getCopy();
        return r.expand(MARGIN, MARGIN);
    }

    static IFigure printable(GraphicalViewer viewer) {
        LayerManager layers = (LayerManager) viewer.getEditPartRegistry().get(LayerManager.ID);
        return layers.getLayer(LayerConstants.PRINTABLE_LAYERS);
    }

    public static void png(GraphicalViewer viewer, Path file) throws IOException {
        IFigure layers = printable(viewer);
        Rectangle r = extent(layers);
        double scale = Math.min(1, Math.sqrt((double) MAX_PIXELS / ((long) r.width * r.height)));
        int width = Math.max(1, (int) Math.ceil(r.width * scale));
        int height = Math.max(1, (int) Math.ceil(r.height * scale));
        Display display = viewer.getControl().getDisplay();
        Image image = new Image(display, width, height);
        GC gc = new GC(image);
        SWTGraphics swt = new SWTGraphics(gc);
        Graphics g = scale < 1 ? new ScaledGraphics(swt) : swt;
        try {
            g.setBackgroundColor(KindStyle.CANVAS);
            g.fillRectangle(0, 0, width, height);
            g.scale(scale);
            g.translate(-r.x, -r.y);
            layers.paint(g);
        } finally {
            if (g != swt) {
                g.dispose();
            }
            swt.dispose();
            gc.dispose();
        }
        ImageData data = image.getImageData();
        image.dispose();
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] {data};
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        loader.save(target.toString(), SWT.IMAGE_PNG);
    }

    public static void svg(GraphicalViewer viewer, Path file) throws IOException {
        IFigure layers = printable(viewer);
        Rectangle r = extent(layers);
        Display display = viewer.getControl().getDisplay();
        SvgGraphics g = new SvgGraphics(r.width, r.height, DiagramFonts.regular(), KindStyle.TEXT, KindStyle.CANVAS,
                display.getDPI().y);
        g.setBackgroundColor(KindStyle.CANVAS);
        g.fillRectangle(0, 0, r.width, r.height);
        g.translate(-r.x, -r.y);
        layers.paint(g);
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Files.writeString(target, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g.toSvg(), StandardCharsets.UTF_8);
    }
}
