package org.orrery.model.validation;

import java.util.List;
import java.util.regex.Pattern;

import org.orrery.model.NetworkInterface;

/** A NIC's MAC and IP, when given, must be well formed: libvirt and the overlay tables use them as is. */
final class AddressSyntaxRule extends ConstraintRule<NetworkInterface> {

    private static final Pattern MAC = Pattern.compile("\\p{XDigit}{2}(:\\p{XDigit}{2}){5}");
    private static final Pattern IPV4 = Pattern
            .compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");

    AddressSyntaxRule() {
        super(NetworkInterface.class);
    }

    @Override
    protected void verify(NetworkInterface nic, Report report) {
        String mac = nic.getMac();
        if (mac != null && !mac.isEmpty() && !MAC.matcher(mac).matches()) {
            report.error(OrreryValidator.MALFORMED_MAC, List.of(nic), "address.mac.malformed",
                    Labels.withContainer(nic), mac);
        }
        String ip = nic.getIp();
        if (ip != null && !ip.isEmpty() && !IPV4.matcher(ip).matches()) {
            report.error(OrreryValidator.MALFORMED_IP, List.of(nic), "address.ip.malformed", Labels.withContainer(nic),
                    ip);
        }
    }
}
