/**
 * The deployment diagram editor: a Draw2D picture of a model's containment (clouds, sites, hosts
 * with their pCPUs, VMs with their vCPUs), opened for every {@code .orrery} file.
 */
package org.orrery.ui.diagram.internal;
