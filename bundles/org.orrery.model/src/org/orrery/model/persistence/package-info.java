/**
 * Reading and writing {@code .orrery} files (XMI): atomic saves, load problems with line and
 * column, and the format version with its upgrade steps.
 */
package org.orrery.model.persistence;
