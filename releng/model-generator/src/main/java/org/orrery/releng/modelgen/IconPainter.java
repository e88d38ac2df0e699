package org.orrery.releng.modelgen;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.imageio.ImageIO;

import org.eclipse.emf.codegen.ecore.genmodel.GenClass;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;

/**
 * Paints the 16x16 object icons of the edit bundle: one colour per kind of element
 * (infrastructure blue, virtualization green, overlay networks orange, mobile purple,
 * applications teal, experiments red, diagram layout grey) and one glyph per class, so a tree
 * reads at a glance.
 * <p>
 * Icons are drawn without anti-aliasing from a five-colour palette and written as GIF with one
 * transparent index: the bytes depend only on this code, so regeneration is reproducible.
 */
final class IconPainter {

    enum Kind {
        INFRASTRUCTURE(0x2B6CB0), VIRTUALIZATION(0x2F855A), NETWORK(0xC05621), MOBILE(0x6B46C1),
        APPLICATION(0x2C7A7B), EXPERIMENT(0xC53030), LAYOUT(0x4A5568);

        final Color fill;
        final Color outline;
        final Color light;

        Kind(int rgb) {
            fill = new Color(rgb);
            outline = new Color(fill.getRed() * 3 / 5, fill.getGreen() * 3 / 5, fill.getBlue() * 3 / 5);
            light = new Color((fill.getRed() + 255) / 2, (fill.getGreen() + 255) / 2, (fill.getBlue() + 255) / 2);
        }
    }

    enum Glyph {
        GLOBE, CLOUD, TAG, BUILDING, SERVER, CHIP, CYLINDER, LINK, DIAMOND, MONITOR, PLUG, CHART, DOCUMENT,
        TILE, STACK, MESH, BRACKETS, SWITCH, PHONE, ARROWS, WINDOW, BOX, DOT, GEAR, PLAY, LOCK, FLASK, CLOCK,
        SLIDERS
    }

    private record Look(Kind kind, Glyph glyph) {
    }

    /** Every concrete class of the metamodel needs an entry: a new class without one fails the run. */
    private static final Map<String, Look> LOOKS = Map.ofEntries(
            Map.entry("World", new Look(Kind.INFRASTRUCTURE, Glyph.GLOBE)),
            Map.entry("Federation", new Look(Kind.INFRASTRUCTURE, Glyph.MESH)),
            Map.entry("Cloud", new Look(Kind.INFRASTRUCTURE, Glyph.CLOUD)),
            Map.entry("InstanceType", new Look(Kind.INFRASTRUCTURE, Glyph.TAG)),
            Map.entry("Site", new Look(Kind.INFRASTRUCTURE, Glyph.BUILDING)),
            Map.entry("Host", new Look(Kind.INFRASTRUCTURE, Glyph.SERVER)),
            Map.entry("PhysicalCpu", new Look(Kind.INFRASTRUCTURE, Glyph.CHIP)),
            Map.entry("Datastore", new Look(Kind.INFRASTRUCTURE, Glyph.CYLINDER)),
            Map.entry("NetworkLink", new Look(Kind.INFRASTRUCTURE, Glyph.LINK)),
            Map.entry("Router", new Look(Kind.INFRASTRUCTURE, Glyph.DIAMOND)),
            Map.entry("VirtualMachine", new Look(Kind.VIRTUALIZATION, Glyph.MONITOR)),
            Map.entry("VirtualCpu", new Look(Kind.VIRTUALIZATION, Glyph.CHIP)),
            Map.entry("Disk", new Look(Kind.VIRTUALIZATION, Glyph.CYLINDER)),
            Map.entry("NetworkInterface", new Look(Kind.VIRTUALIZATION, Glyph.PLUG)),
            Map.entry("MemoryProfile", new Look(Kind.VIRTUALIZATION, Glyph.CHART)),
            Map.entry("Image", new Look(Kind.VIRTUALIZATION, Glyph.DOCUMENT)),
            Map.entry("Substrate", new Look(Kind.VIRTUALIZATION, Glyph.TILE)),
            Map.entry("SubstratePool", new Look(Kind.VIRTUALIZATION, Glyph.STACK)),
            Map.entry("OverlayNetwork", new Look(Kind.NETWORK, Glyph.MESH)),
            Map.entry("Subnet", new Look(Kind.NETWORK, Glyph.BRACKETS)),
            Map.entry("SwitchDaemon", new Look(Kind.NETWORK, Glyph.SWITCH)),
            Map.entry("OverlayRouter", new Look(Kind.NETWORK, Glyph.DIAMOND)),
            Map.entry("Tunnel", new Look(Kind.NETWORK, Glyph.LINK)),
            Map.entry("Phone", new Look(Kind.MOBILE, Glyph.PHONE)),
            Map.entry("PhoneInstance", new Look(Kind.MOBILE, Glyph.WINDOW)),
            Map.entry("Clone", new Look(Kind.MOBILE, Glyph.MONITOR)),
            Map.entry("SyncPolicy", new Look(Kind.MOBILE, Glyph.ARROWS)),
            Map.entry("Application", new Look(Kind.APPLICATION, Glyph.WINDOW)),
            Map.entry("ActorRuntime", new Look(Kind.APPLICATION, Glyph.BOX)),
            Map.entry("Actor", new Look(Kind.APPLICATION, Glyph.DOT)),
            Map.entry("ProcessGroup", new Look(Kind.APPLICATION, Glyph.STACK)),
            Map.entry("GuestProcess", new Look(Kind.APPLICATION, Glyph.GEAR)),
            Map.entry("Job", new Look(Kind.APPLICATION, Glyph.PLAY)),
            Map.entry("SpinlockProfile", new Look(Kind.APPLICATION, Glyph.LOCK)),
            Map.entry("Experiment", new Look(Kind.EXPERIMENT, Glyph.FLASK)),
            Map.entry("ScenarioStep", new Look(Kind.EXPERIMENT, Glyph.CLOCK)),
            Map.entry("PolicyChoice", new Look(Kind.EXPERIMENT, Glyph.SLIDERS)),
            Map.entry("Parameter", new Look(Kind.EXPERIMENT, Glyph.TAG)),
            Map.entry("ResultSeries", new Look(Kind.EXPERIMENT, Glyph.CHART)),
            Map.entry("Diagram", new Look(Kind.LAYOUT, Glyph.TILE)),
            Map.entry("Node", new Look(Kind.LAYOUT, Glyph.BOX)));

    private final Path folder;

    IconPainter(Path folder) {
        this.folder = folder;
    }

    int paintAll(GenModel genModel) throws IOException {
        Files.createDirectories(folder);
        int count = 0;
        for (GenPackage genPackage : genModel.getAllGenPackagesWithClassifiers()) {
            for (GenClass genClass : genPackage.getGenClasses()) {
                if (!genClass.isImage()) {
                    continue;
                }
                Look look = LOOKS.get(genClass.getName());
                if (look == null) {
                    throw new IllegalStateException("No icon look for class " + genClass.getName()
                            + ": add it to IconPainter.LOOKS (kind colour and glyph).");
                }
                // Overwrites the generic icon EMF's generator wrote under the same name.
                ImageIO.write(paint(look), "gif", folder.resolve(genClass.getName() + ".gif").toFile());
                count++;
            }
        }
        return count;
    }

    private static BufferedImage paint(Look look) {
        Kind kind = look.kind();
        Color[] palette = { new Color(0, 0, 0, 0), kind.fill, kind.outline, Color.WHITE, kind.light };
        BufferedImage argb = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = argb.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setStroke(new BasicStroke(1f));
        new GlyphDrawer(g, kind.fill, kind.outline, Color.WHITE, kind.light).draw(look.glyph());
        g.dispose();
        return toIndexed(argb, palette);
    }

    private static BufferedImage toIndexed(BufferedImage argb, Color[] palette) {
        byte[] r = new byte[palette.length];
        byte[] gr = new byte[palette.length];
        byte[] b = new byte[palette.length];
        for (int i = 0; i < palette.length; i++) {
            r[i] = (byte) palette[i].getRed();
            gr[i] = (byte) palette[i].getGreen();
            b[i] = (byte) palette[i].getBlue();
        }
        IndexColorModel model = new IndexColorModel(8, palette.length, r, gr, b, 0);
        BufferedImage indexed = new BufferedImage(16, 16, BufferedImage.TYPE_BYTE_INDEXED, model);
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                int pixel = argb.getRGB(x, y);
                int index = 0;
                if ((pixel >>> 24) != 0) {
                    index = -1;
                    for (int i = 1; i < palette.length && index < 0; i++) {
                        if ((palette[i].getRGB() & 0xFFFFFF) == (pixel & 0xFFFFFF)) {
                            index = i;
                        }
                    }
                    if (index < 0) {
                        throw new IllegalStateException("Pixel colour outside the palette: " + Integer.toHexString(pixel));
                    }
                }
                indexed.getRaster().setSample(x, y, 0, index);
            }
        }
        return indexed;
    }
}
