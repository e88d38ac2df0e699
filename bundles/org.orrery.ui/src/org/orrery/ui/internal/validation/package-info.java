/** Validation of .orrery files in the workspace, reported as problem markers in the Problems view. */
package org.orrery.ui.internal.validation;
