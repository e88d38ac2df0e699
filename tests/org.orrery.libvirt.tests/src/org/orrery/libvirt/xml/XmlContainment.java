package org.orrery.libvirt.xml;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * Whether libvirt kept everything we wrote: each element of ours must appear in libvirt's XML
 * (same name and namespace, our attributes with equal values, equal text), libvirt being free to
 * add elements, attributes and defaults of its own. Memory sizes compare in KiB.
 */
final class XmlContainment {

    private XmlContainment() {
    }

    /** The first difference, or null when {@code ours} is contained in {@code theirs}. */
    static String missing(String ours, String theirs) {
        return missing(XmlIn.parse(ours), XmlIn.parse(theirs), "/" + XmlIn.parse(ours).getLocalName());
    }

    private static String missing(Element ours, Element theirs, String path) {
        String own = ownDifference(ours, theirs);
        if (own != null) {
            return path + ": " + own;
        }
        List<Element> candidates = new ArrayList<>(XmlIn.children(theirs, null));
        for (Element child : XmlIn.children(ours, null)) {
            String childPath = path + "/" + child.getLocalName();
            Element match = null;
            String why = "no <" + child.getLocalName() + ">";
            for (Element c : candidates) {
                if (sameName(child, c)) {
                    String diff = missing(child, c, childPath);
                    if (diff == null) {
                        match = c;
                        break;
                    }
                    why = diff;
                }
            }
            if (match == null) {
                return why.startsWith("/") ? why : childPath + ": " + why;
            }
            candidates.remove(match);
        }
        return null;
    }

    private static String ownDifference(Element ours, Element theirs) {
        boolean memory = ours.getLocalName().equals("memory") || ours.getLocalName().equals("currentMemory");
        if (memory) {
            long a = DomainXmlReader.kib(ours);
            long b = DomainXmlReader.kib(theirs);
            return a == b ? null : a + " KiB became " + b + " KiB";
        }
        NamedNodeMap attributes = ours.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            if (a.getName().startsWith("xmlns")) {
                continue;
            }
            if (!theirs.hasAttribute(a.getName()) || !theirs.getAttribute(a.getName()).equals(a.getValue())) {
                return "@" + a.getName() + "='" + a.getValue() + "' became '" + theirs.getAttribute(a.getName()) + "'";
            }
        }
        if (XmlIn.children(ours, null).isEmpty() && !ours.getTextContent().isBlank()
                && !ours.getTextContent().strip().equals(theirs.getTextContent().strip())) {
            return "text '" + ours.getTextContent() + "' became '" + theirs.getTextContent() + "'";
        }
        return null;
    }

    private static boolean sameName(Element a, Element b) {
        return a.getLocalName().equals(b.getLocalName())
                && java.util.Objects.equals(a.getNamespaceURI(), b.getNamespaceURI());
    }
}
