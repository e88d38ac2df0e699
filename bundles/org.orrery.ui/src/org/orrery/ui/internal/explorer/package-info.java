/** Models in the Project Explorer: an .orrery file unfolds into its clouds, hosts, VMs and the rest. */
package org.orrery.ui.internal.explorer;
