/**
 * The lab's public face for the rest of the workbench: migrating a VM of a model file to another
 * host (the diagram's drag in the Run perspective calls it), by dialog or directly.
 */
package org.orrery.ui.lab;
