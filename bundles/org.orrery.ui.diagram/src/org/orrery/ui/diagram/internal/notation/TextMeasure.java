package org.orrery.ui.diagram.internal.notation;

/**
 * Widths of the diagram's texts in pixels. The editor measures with the real fonts; tests and
 * headless callers use {@link #APPROXIMATE}.
 */
public interface TextMeasure {

    /** An average-width font of 7 pixels a character and 15-pixel lines. */
    TextMeasure APPROXIMATE = new TextMeasure() {
        @Override
        public int width(String text, boolean bold) {
            return text.length() * (bold ? 8 : 7);
        }

        @Override
        public int lineHeight() {
            return 15;
        }
    };

    int width(String text, boolean bold);

    int lineHeight();
}
