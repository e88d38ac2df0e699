package org.orrery.model.persistence;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.orrery.model.OrreryPackage;
import org.orrery.model.World;
import org.orrery.model.notation.NotationPackage;
import org.orrery.model.util.OrreryResourceFactoryImpl;
import org.xml.sax.SAXParseException;

/**
 * Opens and saves {@code .orrery} files. Saving writes a temporary file beside the target and
 * renames it over the target, so a crash never leaves a half-written model; loading reports
 * every problem with its line and column and refuses files of a newer format.
 * <p>
 * A file may hold the layout of its deployment diagram as a second root after the World (the
 * {@link NotationPackage notation} subpackage). The layout is never a reason to refuse a file:
 * a layout node whose element is gone is read without it, and the diagram redraws that part.
 */
public final class OrreryResources {

    public static final String FILE_EXTENSION = "orrery";

    /** The format this version writes; see {@link World#getFormatVersion()}. */
    public static final int FORMAT_VERSION = 1;

    /** Upgrade steps from older formats, oldest first. Format 1 is the first: none yet. */
    private static final List<FormatUpgrade> UPGRADES = List.of();

    private static final XMLParserPoolImpl PARSER_POOL = new XMLParserPoolImpl();

    private OrreryResources() {
    }

    /** A resource set that reads and writes .orrery files without any global registration. */
    public static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(OrreryPackage.eNS_URI, OrreryPackage.eINSTANCE);
        resourceSet.getPackageRegistry().put(NotationPackage.eNS_URI, NotationPackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(FILE_EXTENSION,
                new OrreryResourceFactoryImpl());
        return resourceSet;
    }

    /** Loads a model, upgrading it from an older format if needed. */
    public static World load(Path file) throws IOException {
        return load(file, UPGRADES);
    }

    static World load(Path file, List<FormatUpgrade> upgrades) throws IOException {
        Resource resource = newResourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        // References are saved by id: index ids so each lookup is constant time on large models.
        ((ResourceImpl) resource).setIntrinsicIDToEObjectMap(new HashMap<>());
        IOException failure = null;
        try {
            resource.load(loadOptions());
        } catch (IOException e) {
            failure = e;
        }
        World world = resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof World w) ? null
                : w;
        // A newer format explains any other error best: say that first.
        if (world != null && world.getFormatVersion() > FORMAT_VERSION) {
            throw new ModelFileException(file, List.of(new ModelFileException.Problem(0, 0, "written in format "
                    + world.getFormatVersion() + " by a newer Orrery; this one reads formats up to " + FORMAT_VERSION
                    + ". Open it with a newer Orrery.")));
        }
        List<ModelFileException.Problem> problems = problems(resource, failure);
        if (!problems.isEmpty()) {
            throw new ModelFileException(file, problems);
        }
        if (world == null) {
            throw new ModelFileException(file, List.of(new ModelFileException.Problem(0, 0,
                    "the file holds no Orrery model (its root element is not a World).")));
        }
        upgrade(world, upgrades);
        return world;
    }

    /**
     * Saves the world to {@code file} atomically, in the current format. A world not yet in a
     * resource gets one; a world already in one is saved under the new name.
     */
    public static void save(World world, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        URI uri = URI.createFileURI(target.toString());
        Resource resource = world.eResource();
        if (resource == null) {
            resource = newResourceSet().createResource(uri);
            resource.getContents().add(world);
        } else {
            resource.setURI(uri);
        }
        world.setFormatVersion(FORMAT_VERSION);
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                resource.save(out, saveOptions());
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void upgrade(World world, List<FormatUpgrade> upgrades) {
        for (FormatUpgrade step : upgrades.stream().sorted(Comparator.comparingInt(FormatUpgrade::fromVersion))
                .toList()) {
            if (step.fromVersion() == world.getFormatVersion()) {
                step.upgrade(world);
                world.setFormatVersion(step.fromVersion() + 1);
            }
        }
    }

    /**
     * The parser's own words without EMF's wrapping: an XML syntax error arrives as an exception
     * whose message repeats the public id, system id and position before the actual complaint.
     */
    private static String readable(Resource.Diagnostic error) {
        if (error instanceof Throwable t) {
            for (Throwable c = t; c != null; c = c.getCause()) {
                if (c instanceof SAXParseException parse) {
                    return parse.getMessage();
                }
            }
        }
        // EMF appends "(location, line, column)", which the problem already carries.
        return error.getMessage().replaceFirst("\\s*\\([^()]*, \\d+, \\d+\\)$", "");
    }

    private static List<ModelFileException.Problem> problems(Resource resource, IOException failure) {
        List<ModelFileException.Problem> problems = new ArrayList<>();
        for (Resource.Diagnostic error : resource.getErrors()) {
            if (isStaleLayout(error)) {
                continue;
            }
            problems.add(new ModelFileException.Problem(error.getLine(), error.getColumn(), readable(error)));
        }
        // EMF rethrows the first recorded error as the load's exception: not a problem of its own then.
        boolean failureIsStaleLayout = !resource.getErrors().isEmpty()
                && resource.getErrors().stream().allMatch(OrreryResources::isStaleLayout);
        if (problems.isEmpty() && failure != null && !failureIsStaleLayout) {
            // Malformed or truncated XML: the parser's exception carries the position.
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof SAXParseException parse) {
                    problems.add(new ModelFileException.Problem(parse.getLineNumber(), parse.getColumnNumber(),
                            parse.getMessage()));
                    return problems;
                }
            }
            problems.add(new ModelFileException.Problem(0, 0, String.valueOf(failure.getMessage())));
        }
        return problems;
    }

    /** A layout node naming an element the model no longer has: the diagram's business, not the model's. */
    private static boolean isStaleLayout(Resource.Diagnostic error) {
        return error instanceof UnresolvedReferenceException unresolved
                && unresolved.getFeature() == NotationPackage.Literals.NODE__ELEMENT;
    }

    private static Map<Object, Object> loadOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
        options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
        return options;
    }

    private static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_LINE_DELIMITER, "\n");
        options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new ArrayList<>());
        return options;
    }
}
