/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.orrery.model.NetworkEndpoint;
import org.orrery.model.OrreryPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Network Endpoint</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public abstract class NetworkEndpointImpl extends NamedElementImpl implements NetworkEndpoint {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NetworkEndpointImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OrreryPackage.Literals.NETWORK_ENDPOINT;
	}

} //NetworkEndpointImpl
