package org.orrery.ui.views.internal;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;

/**
 * Java2D images to SWT image data, pixel for pixel, so a chart drawn by JFreeChart into a
 * {@link BufferedImage} (no AWT window, no AWT toolkit) can be shown by SWT. Image data is not a
 * display resource: the conversion may run off the display thread.
 */
public final class SwtImages {

    private SwtImages() {
    }

    /** The pixels of {@code image} (any type) as 24-bit RGB image data. */
    public static ImageData toImageData(BufferedImage image) {
        BufferedImage rgb = image;
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            rgb.createGraphics().drawImage(image, 0, 0, null);
        }
        int width = rgb.getWidth();
        int height = rgb.getHeight();
        int[] pixels = ((DataBufferInt) rgb.getRaster().getDataBuffer()).getData();
        ImageData data = new ImageData(width, height, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
        byte[] out = data.data;
        for (int y = 0; y < height; y++) {
            int o = y * data.bytesPerLine;
            for (int x = 0, i = y * width; x < width; x++, i++) {
                int p = pixels[i];
                // 24-bit direct data is most significant byte first: red, green, blue
                out[o++] = (byte) (p >> 16);
                out[o++] = (byte) (p >> 8);
                out[o++] = (byte) p;
            }
        }
        return data;
    }
}
