/**
 * Model to libvirt XML and back: a domain per VM and a network per overlay and host, written with
 * a real XML writer (every name and value escaped) and read with a DTD-free parser. Orrery keeps
 * what libvirt has no place for in the definitions' metadata, so a discovered domain gives its VM
 * back.
 */
package org.orrery.libvirt.xml;
