package org.orrery.libvirt.xml;

import org.orrery.model.NamedElement;
import org.orrery.model.OverlayNetwork;
import org.orrery.model.PhysicalCpu;

/**
 * Finds the model objects a domain's XML refers to, while a reader turns it into a VM. Every
 * method may answer null: the reference is then left empty.
 */
public interface ModelLookup {

    /** The overlay a NIC on libvirt network {@code network} belongs to; null for the physical network. */
    OverlayNetwork overlay(String network);

    /** The object with {@code id}, if it is a {@code type} (datastores, images, subnets, VMs...). */
    <T extends NamedElement> T byId(String id, Class<T> type);

    /** The host's pCPU with kernel index {@code index}. */
    PhysicalCpu pcpu(int index);

    /** The IP address the host's networks give the NIC with MAC {@code mac} (DHCP), or null. */
    String ipFor(String mac);
}
