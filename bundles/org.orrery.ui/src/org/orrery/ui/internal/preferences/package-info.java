/** Orrery's preferences: defaults for runs that every engine and view reads. */
package org.orrery.ui.internal.preferences;
