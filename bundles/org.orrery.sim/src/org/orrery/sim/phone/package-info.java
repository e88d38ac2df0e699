/**
 * AMPhone phone clones (amphone.md): phones whose virtual instances offload to one-to-one cloud
 * clones by suspend and resume, and a sync daemon in both directions over Wi-Fi. {@link
 * org.orrery.sim.phone.PhoneSim} is a phone, {@link org.orrery.sim.phone.PhoneInstanceSim} an
 * instance's protocol state machine, {@link org.orrery.sim.phone.TransferModel} the real sync
 * engine's cost, {@link org.orrery.sim.phone.EnergyModel} the (assumed) energy. README.md in this
 * folder lists every choice the source leaves open.
 */
package org.orrery.sim.phone;
