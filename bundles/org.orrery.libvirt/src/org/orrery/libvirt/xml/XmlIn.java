package org.orrery.libvirt.xml;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** Reading libvirt XML with DOM: a parser that refuses DTDs and external entities, and small lookups. */
final class XmlIn {

    private XmlIn() {
    }

    /** The document element of {@code xml}; IllegalArgumentException when it is not well-formed. */
    static Element parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            // XML from a hypervisor is data: no DTD, no entity may make the parser read anything
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(xml))).getDocumentElement();
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** Child elements of {@code parent} named {@code name} (any name when null), in order. */
    static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (name == null || name.equals(e.getLocalName()))) {
                out.add(e);
            }
        }
        return out;
    }

    /** The first child element named {@code name}, or null. */
    static Element child(Element parent, String name) {
        List<Element> all = children(parent, name);
        return all.isEmpty() ? null : all.get(0);
    }

    /** The trimmed text of the first child named {@code name}, or null. */
    static String childText(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? null : e.getTextContent().strip();
    }

    /** An attribute's value, or null when absent. */
    static String attr(Element e, String name) {
        return e != null && e.hasAttribute(name) ? e.getAttribute(name) : null;
    }

    /** An attribute as an int, or {@code fallback} when absent or not a number. */
    static int intAttr(Element e, String name, int fallback) {
        return parsed(e, name, Integer::valueOf, fallback);
    }

    /** An attribute as a double, or {@code fallback} when absent or not a number. */
    static double doubleAttr(Element e, String name, double fallback) {
        return parsed(e, name, Double::valueOf, fallback);
    }

    private static <T> T parsed(Element e, String name, java.util.function.Function<String, T> parser, T fallback) {
        String v = attr(e, name);
        try {
            return v == null ? fallback : parser.apply(v.strip());
        } catch (NumberFormatException ex) {
            return fallback;
        }
    }

    /** The Orrery metadata element {@code name} under the document's metadata, or null. */
    static Element orreryMetadata(Element root, String name) {
        for (Element e : children(child(root, "metadata"), name)) {
            if (LibvirtNames.NAMESPACE.equals(e.getNamespaceURI())) {
                return e;
            }
        }
        return null;
    }

    /** Orrery metadata children named {@code name} of {@code parent}. */
    static List<Element> orreryChildren(Element parent, String name) {
        return children(parent, name).stream().filter(e -> LibvirtNames.NAMESPACE.equals(e.getNamespaceURI()))
                .toList();
    }
}
