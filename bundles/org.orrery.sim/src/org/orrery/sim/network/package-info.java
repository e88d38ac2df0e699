/**
 * Network resources the mechanisms transfer data over. For now a link is dedicated to one
 * transfer at a time; sharing among concurrent flows comes with the network model.
 */
package org.orrery.sim.network;
