package org.orrery.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.orrery.model.OrreryPackage;

/**
 * The metamodel documents itself: every class and feature says what it is, every free parameter
 * its default. Read from model/orrery.ecore, since the generated package drops documentation.
 */
class MetamodelTest {

    private static EPackage metamodel() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        URL ecore = MetamodelTest.class.getClassLoader().getResource("model/orrery.ecore");
        assertNotNull(ecore, "model/orrery.ecore is not shipped in the bundle");
        Resource resource = resourceSet.getResource(URI.createURI(ecore.toString()), true);
        EPackage ePackage = (EPackage) resource.getContents().get(0);
        assertEquals(OrreryPackage.eNS_URI, ePackage.getNsURI());
        return ePackage;
    }

    @Test
    void everyClassifierAndFeatureIsDocumented() {
        List<String> undocumented = new ArrayList<>();
        for (EClassifier classifier : metamodel().getEClassifiers()) {
            check(classifier, classifier.getName(), undocumented);
            if (classifier instanceof EClass eClass) {
                for (EStructuralFeature feature : eClass.getEStructuralFeatures()) {
                    check(feature, eClass.getName() + "." + feature.getName(), undocumented);
                }
            }
        }
        assertTrue(undocumented.isEmpty(), "undocumented: " + undocumented);
    }

    @Test
    void everyNumericBooleanOrEnumAttributeHasADocumentedDefault() {
        // Optional bounds are the exception: empty means unbounded.
        Set<String> noDefault = Set.of("Parameter.minimum", "Parameter.maximum");
        List<String> missing = new ArrayList<>();
        for (EClassifier classifier : metamodel().getEClassifiers()) {
            if (!(classifier instanceof EClass eClass)) {
                continue;
            }
            for (EAttribute attribute : eClass.getEAttributes()) {
                String name = eClass.getName() + "." + attribute.getName();
                boolean parameterLike = attribute.getEAttributeType() instanceof EEnum
                        || attribute.getEAttributeType() != EcorePackage.Literals.ESTRING;
                if (!parameterLike || attribute.isMany() || noDefault.contains(name)) {
                    continue;
                }
                String doc = EcoreUtil.getDocumentation(attribute);
                if (attribute.getDefaultValueLiteral() == null || doc == null || !doc.contains("Default")) {
                    missing.add(name);
                }
            }
        }
        assertTrue(missing.isEmpty(), "without a documented default: " + missing);
    }

    private static void check(EModelElement element, String name, List<String> undocumented) {
        String doc = EcoreUtil.getDocumentation(element);
        if (doc == null || doc.isBlank()) {
            undocumented.add(name);
        }
    }
}
