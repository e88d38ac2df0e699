/** The workbench bundle's activator and shared images. */
package org.orrery.ui.internal;
