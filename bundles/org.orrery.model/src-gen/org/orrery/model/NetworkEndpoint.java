/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Network Endpoint</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Something a network link can connect: a site's gateway, a host or a router.
 * <!-- end-model-doc -->
 *
 *
 * @see org.orrery.model.OrreryPackage#getNetworkEndpoint()
 * @model abstract="true"
 * @generated
 */
public interface NetworkEndpoint extends NamedElement {
} // NetworkEndpoint
