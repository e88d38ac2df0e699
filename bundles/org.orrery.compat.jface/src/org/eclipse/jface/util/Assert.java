package org.eclipse.jface.util;

/**
 * JFace's assertion helper as JFace 3.2 had it. GEF 3.2 (the only GEF MVC on Maven Central)
 * still calls it when it builds palettes and action registries; modern JFace removed the class
 * in favour of org.eclipse.core.runtime.Assert. This fragment of org.eclipse.jface puts back
 * exactly the methods GEF and Draw2D link against (found by a static link check of both jars)
 * and delegates to the runtime's Assert, so failures look the same as everywhere else.
 * <p>
 * No package-info here: the package is JFace's, this fragment only adds one class to it.
 */
public final class Assert {

    private Assert() {
    }

    public static void isNotNull(Object object) {
        org.eclipse.core.runtime.Assert.isNotNull(object);
    }

    public static void isNotNull(Object object, String message) {
        org.eclipse.core.runtime.Assert.isNotNull(object, message);
    }

    public static boolean isTrue(boolean expression) {
        return org.eclipse.core.runtime.Assert.isTrue(expression);
    }

    public static boolean isTrue(boolean expression, String message) {
        return org.eclipse.core.runtime.Assert.isTrue(expression, message);
    }
}
