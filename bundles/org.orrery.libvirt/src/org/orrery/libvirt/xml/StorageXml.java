package org.orrery.libvirt.xml;

import java.util.Locale;

import org.orrery.model.Disk;
import org.orrery.model.DiskFormat;
import org.orrery.model.Image;
import org.orrery.model.VirtualMachine;
import org.w3c.dom.Element;

/**
 * Disk files as libvirt storage: where a model disk's file lives (the same path the domain XML
 * names), the volume that creates it (a qcow2 overlay over its backing image or disk when the
 * model says so), and the directory pool that holds the images directory.
 */
public final class StorageXml {

    private static final long GIB = 1L << 30;

    private StorageXml() {
    }

    /** The file of {@code disk} of {@code vm} in {@code directory}: {@code DIR/DOMAIN-DISK.EXT}. */
    public static String diskPath(VirtualMachine vm, Disk disk, String directory) {
        return directory(directory) + "/" + diskFileName(LibvirtNames.domain(vm), disk);
    }

    /** The file name of {@code disk} in domain {@code domain}. */
    static String diskFileName(String domain, Disk disk) {
        return fileName(domain + "-" + disk.getName()) + "." + extension(disk.getFormat());
    }

    /** The file of {@code image} in {@code directory}: {@code DIR/NAME.EXT}. */
    public static String imagePath(Image image, String directory) {
        return directory(directory) + "/" + fileName(image.getName()) + "." + extension(image.getFormat());
    }

    /** libvirt's name of a format. */
    public static String format(DiskFormat format) {
        return format == DiskFormat.RAW ? "raw" : format.getLiteral();
    }

    /**
     * The volume XML creating a file {@code name} of {@code sizeGB} GiB in {@code format}, over
     * {@code backingPath} (in {@code backingFormat}) when not null.
     */
    public static String volume(String name, double sizeGB, DiskFormat format, String backingPath,
            DiskFormat backingFormat) {
        XmlOut x = new XmlOut();
        x.start("volume");
        x.element("name", name);
        x.start("capacity").attr("unit", "bytes").text(Math.max(1, Math.round(sizeGB * GIB))).end();
        x.start("target");
        x.start("format").attr("type", format(format)).end();
        x.end();
        if (backingPath != null) {
            x.start("backingStore");
            x.element("path", backingPath);
            x.start("format").attr("type", format(backingFormat)).end();
            x.end();
        }
        x.end();
        return x.finish();
    }

    /** A directory pool named {@code name} over {@code directory}. */
    public static String directoryPool(String name, String directory) {
        XmlOut x = new XmlOut();
        x.start("pool").attr("type", "dir");
        x.element("name", name);
        x.start("target");
        x.element("path", directory(directory));
        x.end();
        x.end();
        return x.finish();
    }

    /** The name Orrery gives the pool it defines over {@code directory}. */
    public static String poolName(String directory) {
        String name = fileName(directory(directory).replaceFirst("^/+", "").replace('/', '-'));
        return "orrery-" + (name.isEmpty() ? "root" : name.toLowerCase(Locale.ROOT));
    }

    /** The target directory of a pool's XML, or null when it has none. */
    public static String poolTarget(String poolXml) {
        Element target = XmlIn.child(XmlIn.parse(poolXml), "target");
        String path = target == null ? null : XmlIn.childText(target, "path");
        return path == null ? null : directory(path);
    }

    /** The name part of a path. */
    public static String fileOf(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The directory part of a path. */
    public static String directoryOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "/" : path.substring(0, slash);
    }

    static String extension(DiskFormat format) {
        return format == DiskFormat.RAW ? "img" : format.getLiteral();
    }

    static String fileName(String text) {
        return text.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** {@code directory} as pools name it: no trailing slash. */
    public static String directory(String directory) {
        String d = directory.strip().replaceAll("/+$", "");
        return d.isEmpty() ? "/" : d;
    }
}
