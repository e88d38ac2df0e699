package org.orrery.libvirt.xml;

/** The little IPv4 arithmetic network XML needs: CIDR prefixes and membership. */
final class Ipv4 {

    private Ipv4() {
    }

    /** The address as a 32-bit number, or -1 when it is not a dotted quad. */
    static long parse(String address) {
        if (address == null) {
            return -1;
        }
        String[] parts = address.strip().split("\\.");
        if (parts.length != 4) {
            return -1;
        }
        long value = 0;
        for (String part : parts) {
            try {
                int octet = Integer.parseInt(part);
                if (octet < 0 || octet > 255) {
                    return -1;
                }
                value = value << 8 | octet;
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return value;
    }

    static String format(long address) {
        return (address >> 24 & 255) + "." + (address >> 16 & 255) + "." + (address >> 8 & 255) + "." + (address & 255);
    }

    /** The prefix length of {@code cidr} ({@code 10.1.0.0/24} gives 24), or -1. */
    static int prefix(String cidr) {
        int slash = cidr == null ? -1 : cidr.indexOf('/');
        try {
            int p = slash < 0 ? -1 : Integer.parseInt(cidr.substring(slash + 1).strip());
            return p >= 0 && p <= 32 ? p : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Whether {@code address} lies inside {@code cidr}. */
    static boolean contains(String cidr, String address) {
        int prefix = prefix(cidr);
        long net = parse(cidr == null || prefix < 0 ? null : cidr.substring(0, cidr.indexOf('/')));
        long a = parse(address);
        if (prefix < 0 || net < 0 || a < 0) {
            return false;
        }
        long mask = prefix == 0 ? 0 : 0xFFFFFFFFL << (32 - prefix) & 0xFFFFFFFFL;
        return (net & mask) == (a & mask);
    }

    /** The CIDR of the network {@code address/prefix} lies in ({@code 192.168.1.1}, 24 gives {@code 192.168.1.0/24}). */
    static String network(String address, int prefix) {
        long a = parse(address);
        long mask = prefix == 0 ? 0 : 0xFFFFFFFFL << (32 - prefix) & 0xFFFFFFFFL;
        return format(a & mask) + "/" + prefix;
    }

    /** The prefix length of a dotted netmask ({@code 255.255.255.0} gives 24), or -1. */
    static int prefixOfNetmask(String netmask) {
        long m = parse(netmask);
        return m < 0 ? -1 : Long.bitCount(m);
    }
}
