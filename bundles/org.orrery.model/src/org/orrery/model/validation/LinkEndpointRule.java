package org.orrery.model.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.orrery.model.NetworkEndpoint;
import org.orrery.model.NetworkLink;

/**
 * A link joins two different endpoints that exist in the same model: not an object that was
 * deleted, nor one in a file that could not be found. (A missing end is EMF's required-feature
 * check.)
 */
final class LinkEndpointRule extends ConstraintRule<NetworkLink> {

    LinkEndpointRule() {
        super(NetworkLink.class);
    }

    @Override
    protected void verify(NetworkLink link, Report report) {
        NetworkEndpoint source = link.getSource();
        NetworkEndpoint target = link.getTarget();
        checkExists(link, source, report);
        checkExists(link, target, report);
        if (source != null && source == target) {
            report.error(OrreryValidator.LINK_SELF_LOOP, List.of(link, source), "link.selfLoop", Labels.of(link),
                    Labels.of(source));
        }
    }

    private static void checkExists(NetworkLink link, NetworkEndpoint end, Report report) {
        if (end != null && !inSameModel(link, end)) {
            String what = end.eIsProxy() ? EcoreUtil.getURI(end).toString() : Labels.of(end);
            report.error(OrreryValidator.LINK_ENDPOINT_MISSING, List.of(link, end), "link.endpointMissing",
                    Labels.of(link), what);
        }
    }

    static boolean inSameModel(EObject referrer, EObject referenced) {
        return !referenced.eIsProxy() && EcoreUtil.getRootContainer(referenced) == EcoreUtil.getRootContainer(referrer);
    }
}
