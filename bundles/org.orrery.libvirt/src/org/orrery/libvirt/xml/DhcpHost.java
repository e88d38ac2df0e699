package org.orrery.libvirt.xml;

/**
 * A fixed address a network's DHCP server gives one NIC: how a model NIC's IP address reaches
 * its guest on libvirt.
 *
 * @param mac  the NIC's MAC address
 * @param ip   its IPv4 address
 * @param name the guest's host name
 */
public record DhcpHost(String mac, String ip, String name) {
}
