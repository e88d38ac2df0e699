package org.orrery.ui.diagram.internal.export;

import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.FontMetrics;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;

/**
 * A Draw2D {@link Graphics} that writes SVG: figures paint themselves onto it exactly as onto
 * the screen, and the drawing comes out as vector shapes and real text (selectable, searchable,
 * sharp at any size). Covers what Draw2D figures use: lines, rectangles, rounded rectangles,
 * ovals, arcs, polygons, text, images (embedded as PNG), clipping, translation, scaling, line
 * styles and colours. State is kept as Draw2D's push/pop/restore expects.
 */
public final class SvgGraphics extends Graphics {

    private final StringBuilder body = new StringBuilder();
    private final int dpi;
    private final Map<Image, String> images = new IdentityHashMap<>();
    private final Deque<State> saved = new ArrayDeque<>();
    private State state;
    private int clipIds;
    private Rectangle openClip;

    /** What push/pop saves: Draw2D's graphics state. Coordinates of the clip are absolute. */
    private static final class State implements Cloneable {
        double tx;
        double ty;
        double scale = 1;
        Rectangle clip;
        Color foreground;
        Color background;
        Font font;
        int lineWidth = 1;
        int lineStyle = SWT.LINE_SOLID;
        int alpha = 255;
        int[] dash;

        State copy() {
            try {
                State s = (State) clone();
                s.clip = clip == null ? null : clip.getCopy();
                return s;
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Starts a drawing of {@code width} x {@code height} pixels; fonts are measured at {@code dpi}. */
    public SvgGraphics(int width, int height, Font font, Color foreground, Color background, int dpi) {
        this.dpi = dpi;
        state = new State();
        state.clip = new Rectangle(0, 0, width, height);
        state.font = font;
        state.foreground = foreground;
        state.background = background;
        body.append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"")
                .append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\">\n");
    }

    /** The finished SVG document. */
    public String toSvg() {
        closeClip();
        return body + "</svg>\n";
    }

    // --- coordinates and clipping ------------------------------------------------------------

    private double x(double x) {
        return state.tx + x * state.scale;
    }

    private double y(double y) {
        return state.ty + y * state.scale;
    }

    private double len(double v) {
        return v * state.scale;
    }

    private static String n(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }

    /** Opens the group of the current clip if another one is open. */
    private void useClip() {
        if (state.clip.equals(openClip)) {
            return;
        }
        closeClip();
        String id = "c" + clipIds++;
        Rectangle c = state.clip;
        body.append("<clipPath id=\"").append(id).append("\"><rect x=\"").append(c.x).append("\" y=\"").append(c.y)
                .append("\" width=\"").append(Math.max(0, c.width)).append("\" height=\"").append(Math.max(0, c.height))
                .append("\"/></clipPath>\n<g clip-path=\"url(#").append(id).append(")\">\n");
        openClip = c.getCopy();
    }

    private void closeClip() {
        if (openClip != null) {
            body.append("</g>\n");
            openClip = null;
        }
    }

    @Override
    public void clipRect(Rectangle r) {
        state.clip = state.clip.getIntersection(absolute(r));
    }

    @Override
    public void setClip(Rectangle r) {
        state.clip = absolute(r);
    }

    @Override
    public Rectangle getClip(Rectangle rect) {
        Rectangle c = state.clip;
        rect.x = (int) Math.floor((c.x - state.tx) / state.scale);
        rect.y = (int) Math.floor((c.y - state.ty) / state.scale);
        rect.width = (int) Math.ceil(c.width / state.scale);
        rect.height = (int) Math.ceil(c.height / state.scale);
        return rect;
    }

    private Rectangle absolute(Rectangle r) {
        return new Rectangle((int) Math.floor(x(r.x)), (int) Math.floor(y(r.y)), (int) Math.ceil(len(r.width)),
                (int) Math.ceil(len(r.height)));
    }

    @Override
    public void translate(int dx, int dy) {
        state.tx += dx * state.scale;
        state.ty += dy * state.scale;
    }

    @Override
    public void translate(float dx, float dy) {
        state.tx += dx * state.scale;
        state.ty += dy * state.scale;
    }

    @Override
    public void scale(double factor) {
        state.scale *= factor;
    }

    @Override
    public void pushState() {
        saved.push(state.copy());
    }

    @Override
    public void popState() {
        state = saved.pop();
    }

    @Override
    public void restoreState() {
        state = saved.peek().copy();
    }

    @Override
    public void dispose() {
        saved.clear();
    }

    // --- attributes ------------------------------------------------------------------------------

    @Override
    public Color getBackgroundColor() {
        return state.background;
    }

    @Override
    public Color getForegroundColor() {
        return state.foreground;
    }

    @Override
    public void setBackgroundColor(Color color) {
        state.background = color;
    }

    @Override
    public void setForegroundColor(Color color) {
        state.foreground = color;
    }

    @Override
    public Font getFont() {
        return state.font;
    }

    @Override
    public void setFont(Font font) {
        state.font = font;
    }

    @Override
    public FontMetrics getFontMetrics() {
        return FigureUtilities.getFontMetrics(state.font);
    }

    @Override
    public int getLineStyle() {
        return state.lineStyle;
    }

    @Override
    public void setLineStyle(int style) {
        state.lineStyle = style;
    }

    @Override
    public int getLineWidth() {
        return state.lineWidth;
    }

    @Override
    public void setLineWidth(int width) {
        state.lineWidth = width;
    }

    @Override
    public void setLineDash(int[] dash) {
        state.dash = dash == null ? null : dash.clone();
        state.lineStyle = SWT.LINE_CUSTOM;
    }

    @Override
    public boolean getXORMode() {
        return false;
    }

    @Override
    public void setXORMode(boolean xor) {
        // SVG has no XOR drawing; Draw2D uses it only for feedback, which is not exported.
    }

    @Override
    public int getAlpha() {
        return state.alpha;
    }

    @Override
    public void setAlpha(int alpha) {
        state.alpha = alpha;
    }

    @Override
    public void setAntialias(int value) {
        // SVG renderers anti-alias anyway.
    }

    @Override
    public int getAntialias() {
        return SWT.ON;
    }

    @Override
    public void setTextAntialias(int value) {
        // As above.
    }

    @Override
    public int getTextAntialias() {
        return SWT.ON;
    }

    @Override
    public void setInterpolation(int interpolation) {
        // Images are embedded at their own resolution.
    }

    @Override
    public void setLineCap(int cap) {
        // Butt caps, SVG's default, are what SWT draws by default too.
    }

    @Override
    public void setLineJoin(int join) {
        // Miter joins, as SWT's default.
    }

    private static String rgb(Color c) {
        return c == null ? "none" : String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    private String stroke() {
        StringBuilder s = new StringBuilder(" fill=\"none\" stroke=\"").append(rgb(state.foreground))
                .append("\" stroke-width=\"").append(n(Math.max(1, state.lineWidth) * state.scale)).append('"');
        String dash = switch (state.lineStyle) {
            case SWT.LINE_DASH -> "6 3";
            case SWT.LINE_DOT -> "1 3";
            case SWT.LINE_DASHDOT -> "6 3 1 3";
            case SWT.LINE_DASHDOTDOT -> "6 3 1 3 1 3";
            case SWT.LINE_CUSTOM -> state.dash == null ? null : join(state.dash);
            default -> null;
        };
        if (dash != null) {
            s.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        return s.append(opacity()).toString();
    }

    private String fill() {
        return " fill=\"" + rgb(state.background) + "\"" + opacity();
    }

    private String opacity() {
        return state.alpha < 255 ? " opacity=\"" + n(state.alpha / 255.0) + "\"" : "";
    }

    private static String join(int[] values) {
        StringBuilder s = new StringBuilder();
        for (int v : values) {
            s.append(s.length() == 0 ? "" : " ").append(v);
        }
        return s.toString();
    }

    private void emit(String element) {
        useClip();
        body.append(element).append('\n');
    }

    // --- shapes ----------------------------------------------------------------------------------

    @Override
    public void drawLine(int x1, int y1, int x2, int y2) {
        emit("<line x1=\"" + n(x(x1)) + "\" y1=\"" + n(y(y1)) + "\" x2=\"" + n(x(x2)) + "\" y2=\"" + n(y(y2)) + "\""
                + stroke() + "/>");
    }

    @Override
    public void drawRectangle(int x, int y, int width, int height) {
        emit(rect(x, y, width, height, 0, 0) + stroke() + "/>");
    }

    @Override
    public void fillRectangle(int x, int y, int width, int height) {
        emit(rect(x, y, width, height, 0, 0) + fill() + "/>");
    }

    @Override
    public void drawRoundRectangle(Rectangle r, int arcWidth, int arcHeight) {
        emit(rect(r.x, r.y, r.width, r.height, arcWidth / 2.0, arcHeight / 2.0) + stroke() + "/>");
    }

    @Override
    public void fillRoundRectangle(Rectangle r, int arcWidth, int arcHeight) {
        emit(rect(r.x, r.y, r.width, r.height, arcWidth / 2.0, arcHeight / 2.0) + fill() + "/>");
    }

    private String rect(int x, int y, int width, int height, double rx, double ry) {
        String round = rx > 0 ? " rx=\"" + n(len(rx)) + "\" ry=\"" + n(len(ry)) + "\"" : "";
        return "<rect x=\"" + n(x(x)) + "\" y=\"" + n(y(y)) + "\" width=\"" + n(len(width)) + "\" height=\""
                + n(len(height)) + "\"" + round;
    }

    @Override
    public void drawOval(int x, int y, int width, int height) {
        emit(ellipse(x, y, width, height) + stroke() + "/>");
    }

    @Override
    public void fillOval(int x, int y, int width, int height) {
        emit(ellipse(x, y, width, height) + fill() + "/>");
    }

    private String ellipse(int x, int y, int width, int height) {
        return "<ellipse cx=\"" + n(x(x + width / 2.0)) + "\" cy=\"" + n(y(y + height / 2.0)) + "\" rx=\""
                + n(len(width / 2.0)) + "\" ry=\"" + n(len(height / 2.0)) + "\"";
    }

    @Override
    public void drawArc(int x, int y, int width, int height, int offset, int length) {
        emit("<path d=\"" + arc(x, y, width, height, offset, length, false) + "\"" + stroke() + "/>");
    }

    @Override
    public void fillArc(int x, int y, int width, int height, int offset, int length) {
        emit("<path d=\"" + arc(x, y, width, height, offset, length, true) + "\"" + fill() + "/>");
    }

    /** An SWT arc (degrees counter-clockwise from 3 o'clock) as an SVG path; a pie when {@code closed}. */
    private String arc(int x, int y, int width, int height, int offset, int length, boolean closed) {
        double rx = len(width / 2.0);
        double ry = len(height / 2.0);
        double cx = x(x + width / 2.0);
        double cy = y(y + height / 2.0);
        double a0 = Math.toRadians(offset);
        double a1 = Math.toRadians(offset + length);
        double sx = cx + rx * Math.cos(a0);
        double sy = cy - ry * Math.sin(a0);
        double ex = cx + rx * Math.cos(a1);
        double ey = cy - ry * Math.sin(a1);
        int large = Math.abs(length) > 180 ? 1 : 0;
        int sweep = length > 0 ? 0 : 1;
        String path = "M" + n(sx) + " " + n(sy) + " A" + n(rx) + " " + n(ry) + " 0 " + large + " " + sweep + " " + n(ex)
                + " " + n(ey);
        return closed ? "M" + n(cx) + " " + n(cy) + " L" + n(sx) + " " + n(sy) + path.substring(path.indexOf(" A")) + " Z"
                : path;
    }

    @Override
    public void drawPolygon(PointList points) {
        emit("<polygon points=\"" + points(points) + "\"" + stroke() + "/>");
    }

    @Override
    public void fillPolygon(PointList points) {
        emit("<polygon points=\"" + points(points) + "\"" + fill() + "/>");
    }

    @Override
    public void drawPolyline(PointList points) {
        emit("<polyline points=\"" + points(points) + "\"" + stroke() + "/>");
    }

    private String points(PointList points) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            s.append(i == 0 ? "" : " ").append(n(x(points.getPoint(i).x))).append(',').append(n(y(points.getPoint(i).y)));
        }
        return s.toString();
    }

    @Override
    public void drawFocus(int x, int y, int width, int height) {
        int style = state.lineStyle;
        state.lineStyle = SWT.LINE_DOT;
        drawRectangle(x, y, width, height);
        state.lineStyle = style;
    }

    @Override
    public void fillGradient(int x, int y, int width, int height, boolean vertical) {
        fillRectangle(x, y, width, height);
    }

    // --- text --------------------------------------------------------------------------------------

    @Override
    public void drawString(String s, int x, int y) {
        text(s, x, y, false);
    }

    @Override
    public void drawText(String s, int x, int y) {
        text(s, x, y, false);
    }

    @Override
    public void fillString(String s, int x, int y) {
        text(s, x, y, true);
    }

    @Override
    public void fillText(String s, int x, int y) {
        text(s, x, y, true);
    }

    private void text(String s, int x, int y, boolean withBackground) {
        FontMetrics metrics = getFontMetrics();
        int lineHeight = metrics.getHeight();
        String[] lines = s.split("\n", -1);
        if (withBackground) {
            int width = 0;
            for (String line : lines) {
                width = Math.max(width, FigureUtilities.getTextWidth(line, state.font));
            }
            fillRectangle(x, y, width, lineHeight * lines.length);
        }
        FontData font = state.font.getFontData()[0];
        double size = len(font.getHeight() * dpi / 72.0);
        String style = ((font.getStyle() & SWT.BOLD) != 0 ? " font-weight=\"bold\"" : "")
                + ((font.getStyle() & SWT.ITALIC) != 0 ? " font-style=\"italic\"" : "");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isEmpty()) {
                continue;
            }
            double baseline = y + i * lineHeight + metrics.getLeading() + metrics.getAscent();
            emit("<text x=\"" + n(x(x)) + "\" y=\"" + n(y(baseline)) + "\" font-family=\"" + escape(font.getName())
                    + ", sans-serif\" font-size=\"" + n(size) + "\"" + style + " fill=\"" + rgb(state.foreground) + "\""
                    + opacity() + " xml:space=\"preserve\">" + escape(lines[i]) + "</text>");
        }
    }

    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '&' -> s.append("&amp;");
                case '"' -> s.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        s.append(c);
                    }
                }
            }
        }
        return s.toString();
    }

    // --- images ------------------------------------------------------------------------------------

    @Override
    public void drawImage(Image image, int x, int y) {
        org.eclipse.swt.graphics.Rectangle b = image.getBounds();
        drawImage(image, 0, 0, b.width, b.height, x, y, b.width, b.height);
    }

    @Override
    public void drawImage(Image image, int sx, int sy, int sw, int sh, int tx, int ty, int tw, int th) {
        String data = images.computeIfAbsent(image, SvgGraphics::png);
        org.eclipse.swt.graphics.Rectangle b = image.getBounds();
        // The source region as a viewport onto the whole image, scaled to the target.
        useClip();
        body.append("<svg x=\"").append(n(x(tx))).append("\" y=\"").append(n(y(ty))).append("\" width=\"")
                .append(n(len(tw))).append("\" height=\"").append(n(len(th))).append("\" viewBox=\"").append(sx).append(' ')
                .append(sy).append(' ').append(sw).append(' ').append(sh).append("\" preserveAspectRatio=\"none\">")
                .append("<image width=\"").append(b.width).append("\" height=\"").append(b.height)
                .append("\" xlink:href=\"data:image/png;base64,").append(data).append("\"/></svg>\n");
    }

    private static String png(Image image) {
        ImageLoader loader = new ImageLoader();
        ImageData data = image.getImageData();
        loader.data = new ImageData[] {data};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        loader.save(out, SWT.IMAGE_PNG);
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }
}
