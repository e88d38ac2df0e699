/**
 * Behaviour tests of the Orrery model bundle: persistence round trips and broken files,
 * every validation rule on a good and a bad model, the VM life cycle, the shipped samples.
 */
package org.orrery.model.tests;
