package org.orrery.releng.modelgen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenClass;
import org.eclipse.emf.codegen.ecore.genmodel.GenFeature;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Regenerates the Orrery model and edit code from {@code model/orrery.ecore} and
 * {@code model/orrery.genmodel} with EMF's own generator, outside Eclipse.
 * <p>
 * Reproducibility comes from owning the output completely: every generated folder and file is
 * deleted first and written anew, so no JMerge step (whose result depends on what was there)
 * ever runs, and hand-written code lives only in other folders. The genmodel is first brought
 * in line with the ecore (new classes and features get default generator settings) and saved
 * back, so editing the ecore and running the script is the whole workflow.
 */
public final class GenerateModel {

    private static final String MODEL_BUNDLE = "org.orrery.model";
    private static final String EDIT_BUNDLE = "org.orrery.model.edit";

    private GenerateModel() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: GenerateModel <repository root>");
            System.exit(2);
        }
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        Path modelBundle = root.resolve("bundles").resolve(MODEL_BUNDLE);
        Path editBundle = root.resolve("bundles").resolve(EDIT_BUNDLE);
        if (!Files.isRegularFile(modelBundle.resolve("model/orrery.genmodel"))) {
            System.err.println("No model/orrery.genmodel under " + modelBundle + ": pass the repository root.");
            System.exit(2);
        }

        // The genmodel names its output folders as platform:/resource/<bundle>/...; map them to the tree.
        EcorePlugin.getPlatformResourceMap().put(MODEL_BUNDLE, URI.createFileURI(modelBundle + "/"));
        EcorePlugin.getPlatformResourceMap().put(EDIT_BUNDLE, URI.createFileURI(editBundle + "/"));

        GenModel genModel = loadAndSync(modelBundle.resolve("model/orrery.genmodel"));
        describePropertiesFromDocumentation(genModel);

        for (Path generated : List.of(modelBundle.resolve("src-gen"), modelBundle.resolve("plugin.xml"),
                modelBundle.resolve("plugin.properties"), editBundle.resolve("src-gen"), editBundle.resolve("icons"),
                editBundle.resolve("plugin.xml"), editBundle.resolve("plugin.properties"))) {
            deleteRecursively(generated);
        }

        Generator generator = new Generator();
        generator.getAdapterFactoryDescriptorRegistry().removeDescriptors(GenModelPackage.eNS_URI);
        generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        generator.setInput(genModel);
        for (String projectType : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
            Diagnostic result = generator.generate(genModel, projectType, new BasicMonitor.Printing(System.out));
            if (result.getSeverity() >= Diagnostic.ERROR) {
                System.err.println("Generation of " + projectType + " failed: " + result);
                System.exit(1);
            }
        }

        // EMF's templates hard-code an example provider name; the bundles' manifests show this one.
        for (Path properties : List.of(modelBundle.resolve("plugin.properties"), editBundle.resolve("plugin.properties"))) {
            String text = Files.readString(properties);
            Files.writeString(properties, text.replace("providerName = www.example.org", "providerName = Orrery"));
        }

        int icons = new IconPainter(editBundle.resolve("icons/full/obj16")).paintAll(genModel);
        System.out.println("Generated model and edit code; painted " + icons + " icons.");
    }

    /** Loads the genmodel, adds generator settings for anything new in the ecore, and saves it. */
    private static GenModel loadAndSync(Path genModelFile) throws IOException {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new EcoreResourceFactoryImpl());
        resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);

        Resource resource = resourceSet.getResource(URI.createFileURI(genModelFile.toString()), true);
        GenModel genModel = (GenModel) resource.getContents().get(0);
        EcoreUtil.resolveAll(resourceSet);
        List<EPackage> ePackages = genModel.getGenPackages().stream().map(GenPackage::getEcorePackage).toList();
        genModel.initialize(ePackages);
        genModel.reconcile();
        genModel.setCanGenerate(true);

        var status = genModel.validate();
        if (status.getSeverity() >= org.eclipse.core.runtime.IStatus.ERROR) {
            System.err.println("The genmodel is not valid: " + status.getMessage());
            for (var child : status.getChildren()) {
                System.err.println("  " + child.getMessage());
            }
            System.exit(1);
        }

        Map<Object, Object> options = new LinkedHashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_LINE_DELIMITER, "\n");
        resource.save(options);
        return genModel;
    }

    /**
     * The properties view shows each feature's ecore documentation (meaning, unit, default) as
     * its description. Set in memory only: the .ecore stays the one place the text is written.
     */
    private static void describePropertiesFromDocumentation(GenModel genModel) {
        // All packages, nested ones (the notation subpackage) included.
        for (GenPackage genPackage : genModel.getAllGenPackagesWithClassifiers()) {
            for (GenClass genClass : genPackage.getGenClasses()) {
                for (GenFeature genFeature : genClass.getGenFeatures()) {
                    String documentation = EcoreUtil.getDocumentation(genFeature.getEcoreFeature());
                    if (documentation != null && (genFeature.getPropertyDescription() == null
                            || genFeature.getPropertyDescription().isEmpty())) {
                        genFeature.setPropertyDescription(documentation.replaceAll("\\s+", " ").strip());
                    }
                }
            }
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
