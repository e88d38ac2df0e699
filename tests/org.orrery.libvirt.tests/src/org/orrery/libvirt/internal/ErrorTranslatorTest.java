package org.orrery.libvirt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.libvirt.Error.ErrorNumber;
import org.orrery.libvirt.HypervisorException.Reason;

/**
 * The codes the test driver cannot produce (it reports most conflicts as internal errors), mapped
 * the way real QEMU hosts report them.
 */
class ErrorTranslatorTest {

    @Test
    void codesOfRealHostsMapToTheirReasons() {
        assertEquals(Reason.INVALID_STATE, ErrorTranslator.reasonFor(ErrorNumber.VIR_ERR_OPERATION_INVALID, Operation.START));
        assertEquals(Reason.AUTH_FAILED, ErrorTranslator.reasonFor(ErrorNumber.VIR_ERR_AUTH_FAILED, Operation.CONNECT));
        assertEquals(Reason.UNSUPPORTED, ErrorTranslator.reasonFor(ErrorNumber.VIR_ERR_NO_SUPPORT, Operation.START));
        assertEquals(Reason.ALREADY_EXISTS, ErrorTranslator.reasonFor(ErrorNumber.VIR_ERR_DOM_EXIST, Operation.DEFINE));
        assertEquals(Reason.ACCESS_DENIED, ErrorTranslator.reasonFor(ErrorNumber.VIR_ERR_ACCESS_DENIED, Operation.LIST));
    }

    @Test
    void aSystemErrorMeansUnreachableOnlyWhileConnecting() {
        assertEquals(Reason.UNREACHABLE, ErrorTranslator.reasonFor(ErrorNumber.VIR_ERR_SYSTEM_ERROR, Operation.CONNECT));
        assertEquals(Reason.OTHER, ErrorTranslator.reasonFor(ErrorNumber.VIR_ERR_SYSTEM_ERROR, Operation.START));
    }
}
