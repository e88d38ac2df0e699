package org.orrery.libvirt.xml;

import java.io.StringWriter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A real XML writer (StAX) with the indentation libvirt's own output has, so a generated
 * definition reads like one libvirt wrote. StAX escapes every name and value it is given: model
 * text such as {@code web <1> & 'db'} cannot break the document.
 */
final class XmlOut {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final StringWriter text = new StringWriter();
    private final XMLStreamWriter out;
    /** Per open element: whether it has child elements (then its end tag goes on its own line). */
    private final java.util.ArrayDeque<boolean[]> open = new java.util.ArrayDeque<>();

    XmlOut() {
        try {
            out = FACTORY.createXMLStreamWriter(text);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("no StAX writer in this Java runtime", e);
        }
    }

    /** Opens element {@code name} on a new line. */
    XmlOut start(String name) {
        return start(null, name, null);
    }

    /** Opens element {@code prefix:name}, declaring {@code namespace} when given. */
    XmlOut start(String prefix, String name, String namespace) {
        try {
            if (!open.isEmpty()) {
                open.peek()[0] = true;
                out.writeCharacters("\n" + "  ".repeat(open.size()));
            }
            if (prefix == null) {
                out.writeStartElement(name);
            } else {
                out.writeStartElement(prefix, name, namespace == null ? "" : namespace);
                if (namespace != null) {
                    out.writeNamespace(prefix, namespace);
                }
            }
            open.push(new boolean[1]);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds an attribute to the element just opened; a null value adds nothing. */
    XmlOut attr(String name, Object value) {
        if (value != null) {
            try {
                out.writeAttribute(name, value.toString());
            } catch (XMLStreamException e) {
                throw new IllegalStateException(e);
            }
        }
        return this;
    }

    /** Writes text inside the element just opened. */
    XmlOut text(Object value) {
        try {
            out.writeCharacters(value.toString());
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Closes the innermost open element. */
    XmlOut end() {
        try {
            if (open.pop()[0]) {
                out.writeCharacters("\n" + "  ".repeat(open.size()));
            }
            out.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code <name>value</name>}. */
    XmlOut element(String name, Object value) {
        return start(name).text(value).end();
    }

    /** The document written (every element must be closed). */
    String finish() {
        if (!open.isEmpty()) {
            throw new IllegalStateException(open.size() + " elements left open");
        }
        try {
            out.writeCharacters("\n");
            out.flush();
            return text.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }
}
