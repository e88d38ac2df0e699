package org.orrery.ui.internal.explorer;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IFile;
import org.orrery.model.World;
import org.orrery.model.persistence.ModelFileException;
import org.orrery.model.persistence.OrreryResources;

/**
 * The models of .orrery files as the explorer shows them, read once per file version: a file is
 * read again only when its modification stamp changes. Reading never writes the file.
 */
final class ModelFiles {

    /** A file's model, or the problem that kept it from being read. */
    record Loaded(long stamp, World world, ModelFileProblem problem) {
    }

    private final Map<IFile, Loaded> cache = new ConcurrentHashMap<>();

    Loaded get(IFile file) {
        long stamp = file.getModificationStamp();
        Loaded loaded = cache.get(file);
        if (loaded != null && loaded.stamp() == stamp) {
            return loaded;
        }
        loaded = read(file, stamp);
        cache.put(file, loaded);
        return loaded;
    }

    private static Loaded read(IFile file, long stamp) {
        if (file.getLocation() == null) {
            return new Loaded(stamp, null, new ModelFileProblem(file, file.getName() + " is not on the local disk"));
        }
        try {
            return new Loaded(stamp, OrreryResources.load(file.getLocation().toFile().toPath()), null);
        } catch (ModelFileException e) {
            String first = e.getProblems().isEmpty() ? e.getMessage() : e.getProblems().get(0).toString();
            return new Loaded(stamp, null, new ModelFileProblem(file, "Cannot read: " + first));
        } catch (IOException e) {
            return new Loaded(stamp, null, new ModelFileProblem(file, "Cannot read: " + e.getMessage()));
        }
    }

    void forget(IFile file) {
        cache.remove(file);
    }

    void clear() {
        cache.clear();
    }
}
